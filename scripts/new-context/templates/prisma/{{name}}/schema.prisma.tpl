// The {{name}} context: {{description}}.

generator client {
  provider     = "prisma-client"
  output       = "../../subgraphs/{{name}}/src/infra/prisma-client"
  engineType   = "client"
  moduleFormat = "esm"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

enum {{Thing}}Status {
  REQUESTED
  CONFIRMED
}

model {{Thing}} {
  id          String    @id @db.Uuid
  ownerId     String    @map("owner_id") @db.Uuid
  title       String
  status      {{Thing}}Status @default(REQUESTED)
  requestedAt DateTime  @default(now()) @map("requested_at") @db.Timestamptz(3)
  confirmedAt DateTime? @map("confirmed_at") @db.Timestamptz(3)

  @@index([ownerId])
  @@map("{{thing_}}")
}
