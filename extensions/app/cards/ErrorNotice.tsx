import { Alert, Button, ErrorState, List, Text } from '@hubspot/ui-extensions';
import type { RegainApiError } from '../shared/regain-api';

interface ErrorNoticeProps {
  error: RegainApiError;
  title: string;
  /** Shown as a "Try again" button; left out when retrying cannot help and the rep must fix input. */
  onRetry?: () => void;
  /** `page` replaces the card (nothing else to show); `inline` sits inside a section. */
  layout?: 'page' | 'inline';
  testId?: string;
}

/** A failed call in words the rep can act on: the backend's message, its issues, and a retry. */
export function ErrorNotice({ error, title, onRetry, layout = 'inline', testId = 'regain-error' }: ErrorNoticeProps) {
  const details = (
    <>
      <Text testId={`${testId}-message`}>{error.message}</Text>
      {error.issues.length > 0 && (
        <List variant="unordered">
          {error.issues.map((issue, index) => (
            <Text key={index}>{issue.message}</Text>
          ))}
        </List>
      )}
      {onRetry && (
        <Button testId={`${testId}-retry`} onClick={onRetry}>
          Try again
        </Button>
      )}
    </>
  );
  if (layout === 'page') {
    return (
      <ErrorState testId={testId} title={title} type={error.status >= 500 || error.status === 0 ? 'support' : 'error'}>
        {details}
      </ErrorState>
    );
  }
  return (
    <Alert testId={testId} title={title} variant="danger">
      {details}
    </Alert>
  );
}
