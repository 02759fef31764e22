import { HowMade } from '@/components/source/how-made';
import { ParseIssues } from '@/components/source/parse-issues';
import { SourceFacts } from '@/components/source/source-facts';
import { SourceLegend } from '@/components/source/source-legend';
import { SourceText } from '@/components/source/source-text';
import { getSource } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata = pageMetadata({
  title: messages.source.title,
  description: messages.source.description,
  path: '/source',
});

export default async function SourcePage() {
  const source = await getSource();
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="font-bold text-2xl sm:text-3xl">{messages.source.title}</h1>
        <p>{messages.source.intro}</p>
        <SourceFacts source={source} />
      </div>
      <HowMade />
      <ParseIssues issues={source.issues} />
      <SourceLegend />
      <SourceText lines={source.lines} />
    </div>
  );
}
