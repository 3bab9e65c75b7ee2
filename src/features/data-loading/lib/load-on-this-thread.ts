import { openDataset } from '@/domain/reading/open-dataset';
import { decodeReading } from '@/domain/reading/reading-param';

import { notChosen, type LoadOptions } from './load-options';
import { readDataset, type LoadRequest } from './read-dataset';

/** The dataset worker's work, done on this thread: for tests in Node, which has no workers. */
export async function loadOnThisThread(
  request: LoadRequest,
  { onProgress, chooseReading }: LoadOptions,
) {
  const decoded = request.read ? decodeReading(request.read) : null;
  const opened = await openDataset(await readDataset(request, onProgress), {
    ...(decoded && 'reading' in decoded ? { reading: decoded.reading } : {}),
    ask: request.ask === true,
  });
  if (opened.kind === 'loaded') return opened.output;
  const { reading, questions, noDate } = opened.proposal;
  const chosen = await chooseReading({
    head: opened.head,
    proposal: { reading, questions, ...(noDate ? { noDate } : {}) },
    fileFormat: opened.fileFormat,
  });
  if (!chosen) throw notChosen();
  return opened.finish(chosen);
}
