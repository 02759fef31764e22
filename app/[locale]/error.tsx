'use client';

import { ErrorNotice } from '@/components/layout/error-notice';
import { useErrorText } from '@/components/layout/error-text';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} text={useErrorText()} />;
}
