import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth';

// Public by nature (listed in server/public-routes.ts): next-auth's sign-in, callback and CSRF endpoints.
const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(req as never, ctx as never, authOptions());

export { handler as GET, handler as POST };
