-- wrk's script for the bench (scripts/bench/wrk.ts). Without WRK_PATHS every request asks for the
-- URL given on the command line and no Lua runs per request, so wrk stays as fast as it is.
-- WRK_PATHS names a file of paths, one a line: with WRK_ONCE=1 each path is asked at most once
-- (thread i takes lines i, i + threads, …; past its share a thread starts over and counts the
-- repeats), else every thread cycles through all of them. WRK_COUNT=1 counts status classes and
-- the X-Catalogue-Cache header of every answer. done() prints one line, "wrk-report " and JSON.

local paths_file = os.getenv("WRK_PATHS")
local once = os.getenv("WRK_ONCE") == "1"
local counting = os.getenv("WRK_COUNT") == "1"

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

if paths_file then
  local paths = {}
  local position = 0
  local step = 1
  repeats = 0

  function init(args)
    for line in io.lines(paths_file) do
      if line ~= "" then
        table.insert(paths, line)
      end
    end
    if #paths == 0 then
      error("no paths in " .. paths_file)
    end
    if once then
      position = index
      step = tonumber(os.getenv("WRK_THREADS"))
    end
  end

  function request()
    local path = paths[(position % #paths) + 1]
    position = position + step
    if once and position > #paths then
      repeats = repeats + 1
    end
    return wrk.format(nil, path)
  end
end

if counting then
  classes = { ["1xx"] = 0, ["2xx"] = 0, ["3xx"] = 0, ["4xx"] = 0, ["5xx"] = 0 }
  cache = {}

  function response(status, headers, body)
    local class = tostring(math.floor(status / 100)) .. "xx"
    classes[class] = (classes[class] or 0) + 1
    local state = headers["X-Catalogue-Cache"] or headers["x-catalogue-cache"] or "none"
    cache[state] = (cache[state] or 0) + 1
  end
end

local function add(into, from)
  for key, value in pairs(from or {}) do
    into[key] = (into[key] or 0) + value
  end
end

local function object(map)
  local parts = {}
  for key, value in pairs(map) do
    table.insert(parts, string.format("%q:%d", key, value))
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local all_classes = {}
  local all_cache = {}
  local all_repeats = 0
  for _, thread in ipairs(threads) do
    if counting then
      add(all_classes, thread:get("classes"))
      add(all_cache, thread:get("cache"))
    end
    if paths_file then
      all_repeats = all_repeats + (thread:get("repeats") or 0)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'wrk-report {"requests":%d,"durationUs":%d,"bytes":%d,'
      .. '"p50Us":%d,"p99Us":%d,"maxUs":%d,'
      .. '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,'
      .. '"repeats":%d,"classes":%s,"cache":%s}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout,
    all_repeats, object(all_classes), object(all_cache)
  ))
end
