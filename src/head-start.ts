// The page's first script: the dataset the link names (or the bundled one) starts downloading and
// parsing in its worker now, before the app renders and MapLibre creates its map (most of a second
// on a slow machine). The app takes the load over when its first load asks for the same address.
import { DEFAULT_DATASET_URL } from '@/features/data-loading/lib/dataset-service';
import { startEarlyLoad } from '@/features/data-loading/lib/early-load';
import { urlRequest } from '@/features/data-loading/lib/load-dataset';
import { parseUrlState } from '@/url/url-schema';

const { state } = parseUrlState(location.search);
startEarlyLoad(urlRequest(state.data ?? DEFAULT_DATASET_URL, state.data ? state.read : undefined));
