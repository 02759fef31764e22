import { messages } from '@/lib/messages';
import type { SectionKey } from '@/lib/parser/types';
import { InferredMark } from './inferred-mark';

interface CategoryNameProps {
  section: SectionKey;
  ordinal: number;
  heading: string | null;
  /** Prefix the part's name: 会议和活动（一）… rather than （一）… */
  withSection?: boolean;
}

/** （二）中方举办的其他活动, or （一）标题缺失 with the inferred mark when the copy lacks it. */
export function CategoryName({
  section,
  ordinal,
  heading,
  withSection = false,
}: CategoryNameProps) {
  return (
    <>
      {withSection && messages.sections[section]}
      {messages.numbering.category(ordinal)}
      {heading ?? (
        <>
          {messages.inferred.headingMissing}
          <InferredMark note={messages.inferred.categoryHeading} />
        </>
      )}
    </>
  );
}
