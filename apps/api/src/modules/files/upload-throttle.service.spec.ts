import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../core/config/app-config.js';
import { UploadThrottle } from './upload-throttle.service.js';

const config = { QUEUE_PREFIX: 'unit', UPLOAD_MAX_PER_HOUR: 2 } as AppConfig;

describe('UploadThrottle', () => {
  it('counts each user’s uploads and refuses the one past the hourly allowance with 429', async () => {
    const throttle = new UploadThrottle(config);
    await throttle.consume('user-a');
    await throttle.consume('user-a');
    await expect(throttle.consume('user-a')).rejects.toMatchObject({ status: 429, fields: [{ field: 'file' }] });
    await expect(throttle.consume('user-b')).resolves.toBeUndefined();
  });
});
