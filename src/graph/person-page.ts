// A person as the API and CLI give them: each long section a page of its own (limit, offset,
// total), so a person the papers name ten thousand times is answered as fast as one named once.
import { pageOf, type ArticleRef, type Page, type PersonDetail, type Post } from './model.js';

export type PersonPage = Omit<PersonDetail, 'posts' | 'articles'> & { posts: Page<Post>; articles: Page<ArticleRef> };

/** The person with `limit` posts and `limit` articles from `offset` on, each with its total. */
export function personPage(person: PersonDetail, limit: number, offset: number): PersonPage {
  return { ...person, posts: pageOf(person.posts, limit, offset), articles: pageOf(person.articles, limit, offset) };
}
