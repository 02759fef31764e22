import { messages } from '@/lib/messages';
import type { SectionKey } from '@/lib/parser/types';
import { InferredMark } from './inferred-mark';

/** 一、会议和活动, marked inferred when the copy lacks the heading and the name is the catalogue's. */
export function SectionName({
  section,
  ordinal,
  inferred,
}: {
  section: SectionKey;
  ordinal: number;
  inferred: boolean;
}) {
  return (
    <>
      {messages.numbering.section(ordinal)}
      {messages.sections[section]}
      {inferred && <InferredMark note={messages.inferred.sectionHeading} />}
    </>
  );
}
