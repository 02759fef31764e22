import { getOutcome } from '@/lib/catalogue';
import { conditionalAnswer } from '@/lib/http/conditional';
import { messages } from '@/lib/messages';
import { notFound, toApiDetail } from '@/lib/outcomes/api';

/** One item with its places, source lines and related items; 404 for a number this copy lacks. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ section: string; number: string }> },
) {
  const { section, number } = await params;
  return conditionalAnswer(request, `/api/outcomes/${section}/${number}`, async () => {
    const lookup = await getOutcome(section, number);
    if (lookup === null) return notFound({ error: messages.outcomes.api.notFound });
    if (lookup.status === 'missing') {
      return notFound({
        error: messages.outcomes.api.missing(lookup.number),
        missing: true,
        section: lookup.section,
        number: lookup.number,
        category: `${lookup.category.section}.${lookup.category.ordinal}`,
      });
    }
    return Response.json(toApiDetail(lookup.outcome));
  });
}
