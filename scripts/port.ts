import { z } from 'zod';

/** A TCP port for the server, from PORT or --port; 3000 when neither is given. */
export const PortSchema = z.coerce.number().int().min(1).max(65_535).default(3000);
