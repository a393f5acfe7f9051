import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * What an embedded store charges for the writes of a message post's unit of work, without the
 * service around it: a unit takes K of 200 conversations, and for each reads its moving counters,
 * inserts P messages and their events in a batch a table and updates the counters; then one commit.
 * The shapes of the service's own tables, trimmed to the columns a post writes. Not part of the build:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx80m -cp livechat.jar:sqlite-jdbc.jar \
 *     bench/StoreCommits.java h2|sqlite K P SECONDS
 * </pre>
 *
 * H2 with the service's URL ({@code DatabaseSettings.h2File}); SQLite in WAL mode with
 * {@code synchronous=NORMAL}, which like that URL writes each commit to the file before it returns
 * but does not wait for the disk. Prints units and posts a second and the time a post, after 2 s of
 * warm-up. sqlite-jdbc: {@code mvn dependency:get -Dartifact=org.xerial:sqlite-jdbc:3.54.1.0}.
 */
public class StoreCommits {
  public static void main(String[] a) throws Exception {
    String engine=a[0]; int perUnit=Integer.parseInt(a[1]); int postsPerConv=Integer.parseInt(a[2]); int seconds=Integer.parseInt(a[3]);
    Path dir=Files.createTempDirectory("store");
    String url = engine.equals("h2")
      ? "jdbc:h2:file:"+dir+"/db;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;REUSE_SPACE=FALSE;QUERY_CACHE_SIZE=64;COMPRESS=TRUE"
      : "jdbc:sqlite:"+dir+"/db.sqlite";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      Statement s=c.createStatement();
      if (engine.equals("sqlite")) { s.execute("pragma journal_mode=WAL"); s.execute("pragma synchronous=NORMAL"); }
      s.execute("create table conversation_activity(conversation_id varchar(64) primary key, last_seq bigint not null, visitor_messages int not null, operator_messages int not null, last_message_at timestamp, last_activity_at timestamp not null, last_event_seq bigint not null, reply_awaited_since timestamp, reply_answered boolean not null, version bigint not null)");
      s.execute("create table messages(log_key bigint not null, seq bigint not null, author_kind varchar(16) not null, author_id varchar(64), author_name varchar(100) not null, body varchar(10000) not null, sent_at timestamp not null, primary key(log_key, seq))");
      s.execute("create table events(position bigint primary key, conversation_id varchar(64) not null, channel_id varchar(64) not null, seq bigint not null, type varchar(64) not null, visible_to_visitor boolean not null, occurred_at timestamp not null, data varchar(100000) not null)");
      c.setAutoCommit(false);
      int convs=200; String[] ids=new String[convs];
      PreparedStatement ins=c.prepareStatement("insert into conversation_activity values(?,0,0,0,null,?,0,null,false,0)");
      for(int i=0;i<convs;i++){ ids[i]=UUID.randomUUID().toString(); ins.setString(1,ids[i]); ins.setTimestamp(2,new Timestamp(System.currentTimeMillis())); ins.executeUpdate(); }
      c.commit();
      PreparedStatement sel=c.prepareStatement("select last_seq, operator_messages, last_event_seq, version from conversation_activity where conversation_id=?");
      PreparedStatement upd=c.prepareStatement("update conversation_activity set version=?, last_seq=?, operator_messages=?, last_message_at=?, last_activity_at=?, last_event_seq=? where conversation_id=? and version=?");
      PreparedStatement msg=c.prepareStatement("insert into messages values(?,?,?,?,?,?,?)");
      PreparedStatement ev=c.prepareStatement("insert into events values(?,?,?,?,?,?,?,?)");
      Random r=new Random(7); long pos=0; long units=0, posts=0; long warm=System.nanoTime()+2_000_000_000L; long t0=0; long end=0;
      while(true){
        long now=System.nanoTime();
        if(t0==0 && now>warm){ t0=now; units=0; posts=0; end=t0+seconds*1_000_000_000L; }
        if(t0!=0 && now>end) break;
        Set<Integer> pick=new LinkedHashSet<>(); while(pick.size()<perUnit) pick.add(r.nextInt(convs));
        for(int k: pick){
          sel.setString(1,ids[k]); long lastSeq,ops,les,ver; try(ResultSet rs=sel.executeQuery()){ rs.next(); lastSeq=rs.getLong(1); ops=rs.getLong(2); les=rs.getLong(3); ver=rs.getLong(4);} 
          Timestamp ts=new Timestamp(System.currentTimeMillis());
          for(int p=0;p<postsPerConv;p++){
            lastSeq++; ops++; les++; pos++;
            msg.setLong(1,1000+k); msg.setLong(2,lastSeq); msg.setString(3,"OPERATOR"); msg.setString(4,"op-0123456789"); msg.setString(5,"Ana Operator"); msg.setString(6,"Thanks, checking now."); msg.setTimestamp(7,ts); msg.addBatch();
            ev.setLong(1,pos); ev.setString(2,ids[k]); ev.setString(3,"web"); ev.setLong(4,les); ev.setString(5,"MessagePosted"); ev.setBoolean(6,true); ev.setTimestamp(7,ts); ev.setString(8,"{\"seq\":"+lastSeq+",\"author\":{\"kind\":\"OPERATOR\",\"id\":\"op-0123456789\"}}"); ev.addBatch();
            posts++;
          }
          msg.executeBatch(); ev.executeBatch();
          upd.setLong(1,ver+1); upd.setLong(2,lastSeq); upd.setLong(3,ops); upd.setTimestamp(4,ts); upd.setTimestamp(5,ts); upd.setLong(6,les); upd.setString(7,ids[k]); upd.setLong(8,ver); if(upd.executeUpdate()!=1) throw new IllegalStateException();
        }
        c.commit(); units++;
      }
      long ns=System.nanoTime()-t0;
      long size=Files.walk(dir).filter(Files::isRegularFile).mapToLong(f->{try{return Files.size(f);}catch(Exception e){return 0;}}).sum();
      System.out.printf("%-6s %2d conv x %2d posts a unit: %6.0f units/s, %7.0f posts/s, %6.1f us a post, %5.0f us a unit; files %d KB%n", engine, perUnit, postsPerConv, units*1e9/ns, posts*1e9/ns, ns/1e3/posts, ns/1e3/units, size/1024);
    }
  }
}
