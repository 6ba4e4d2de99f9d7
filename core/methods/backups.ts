// Contract entries for backups: list the rotating set, make one now, restore one by name.
import { z } from 'zod';

const BackupInfo = z.object({ name: z.string(), label: z.string(), createdAt: z.string(), bytes: z.number().int() });

export const backupMethods = {
  'backups.list': { input: z.object({}).strict(), output: z.array(BackupInfo) },
  'backups.create': { input: z.object({}).strict(), output: BackupInfo },
  'backups.restore': {
    input: z.object({ name: z.string().min(1).max(300) }).strict(),
    output: z.object({ restored: z.string(), safetyBackup: z.string() }),
  },
};
