import { contextPrismaConfig } from "../config.ts";

export default contextPrismaConfig(import.meta.filename);
