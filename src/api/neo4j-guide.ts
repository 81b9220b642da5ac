// The project's guide for Neo4j Browser: `:play http://localhost:3000/api/neo4j-guide` shows a slide
// to apply the project's style and one slide per saved query of cypher/browser/, each query a block
// that a click puts into Browser's editor. The page is written in the format Browser plays (an
// article of slides whose `pre.runnable` blocks fill the editor) from the files themselves, so the
// guide and the saved queries never differ. Browser fetches it across origins: the local server's
// neo4j.conf allows localhost as a guide host, and this answer allows any origin to read it.
import { browserFiles } from '../graph/neo4j/cypher-files.js';
import { escapeXml } from '../graph/export-formats.js';


const title = (file: string): string => {
  const words = file.replace(/\.cypher$/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const slide = (heading: string, lead: string, body: string): string => `
    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>${escapeXml(heading)}</h3>
        <p class="lead">${escapeXml(lead)}</p>
      </div>
      <div class="col-sm-9">${body}
      </div>
    </slide>`;

const runnable = (text: string): string => `
        <figure><pre class="pre-scrollable code runnable">${escapeXml(text)}</pre></figure>`;

export function neo4jGuide(): string {
  const { queries, style } = browserFiles();
  const styleCommand = `:style ${style.replace(/\s+/g, ' ').trim()}`;
  const slides = [
    slide(
      'newsgraph',
      'People, bodies, places, meetings and documents read from city newspapers.',
      `
        <p>Click a block to put it into the editor above, then run it (Ctrl+Enter, or the run button).
        First apply the project's style: people captioned by name, meetings by name and date.</p>${runnable(styleCommand)}
        <p>The next slides hold the saved queries (${queries.map((q) => escapeXml(q.file)).join(', ')}).</p>`,
    ),
    // A query with parameters opens with a block that sets them, to edit before running it.
    ...queries.map((q) => slide(title(q.file), q.about, `${q.params.map((p) => runnable(`:param ${p} => 'art_…'`)).join('')}${runnable(q.text)}`)),
  ];
  return `<article class="guide">
  <carousel class="deck container-fluid">${slides.join('')}
  </carousel>
</article>
`;
}
