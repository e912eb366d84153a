"""Session -> purchase model, rebuilt so that every feature only looks backwards
and evaluation is on a later period.

- user history uses windows that stop at the previous session
- train: sessions before 2023-08-01, test: sessions from 2023-08-01 on
- test keeps only users that never appear in train (we mostly care about new visitors)
"""
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler, StringIndexer
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.evaluation import BinaryClassificationEvaluator

spark = SparkSession.builder.appName("session-purchase-v2").getOrCreate()

sessions = spark.read.csv("data/sessions_2023.csv", header=True, inferSchema=True)
sessions = (
    sessions.withColumn("session_start", F.to_timestamp("session_start", "yyyy-MM-dd HH:mm:ss"))
    .withColumn("label", F.col("purchased").cast("double"))
)

past = (
    Window.partitionBy("user_id")
    .orderBy("session_start")
    .rowsBetween(Window.unboundedPreceding, -1)
)
w_ordered = Window.partitionBy("user_id").orderBy("session_start")

feats = (
    sessions
    .withColumn("user_prev_sessions", F.count("*").over(past))
    .withColumn("user_prev_avg_pages", F.avg("pages_viewed").over(past))
    .withColumn("user_prev_cart_adds", F.sum("cart_adds").over(past))
    .withColumn("prev_start", F.lag("session_start").over(w_ordered))
    .withColumn("hours_since_prev", (F.col("session_start").cast("long") - F.col("prev_start").cast("long")) / 3600.0)
    .fillna({"user_prev_avg_pages": 0.0, "user_prev_cart_adds": 0, "hours_since_prev": -1.0})
)

cutoff = F.lit("2023-08-01").cast("timestamp")
train = feats.filter(F.col("session_start") < cutoff)
test = feats.filter(F.col("session_start") >= cutoff)

seen_users = train.select("user_id").distinct()
test = test.join(seen_users, on="user_id", how="left_anti")

print("train", train.count(), "test (new users only)", test.count())

feature_cols = [
    "pages_viewed", "duration_sec", "cart_adds", "hour_of_day", "is_mobile",
    "user_prev_sessions", "user_prev_avg_pages", "user_prev_cart_adds",
    "hours_since_prev", "channel_idx",
]
pipe = Pipeline(stages=[
    StringIndexer(inputCol="channel", outputCol="channel_idx", handleInvalid="keep"),
    VectorAssembler(inputCols=feature_cols, outputCol="features"),
    GBTClassifier(labelCol="label", featuresCol="features", maxIter=80, maxDepth=6, seed=1),
])
model = pipe.fit(train)
pred = model.transform(test)

ev = BinaryClassificationEvaluator(labelCol="label")
auc = ev.evaluate(pred)
aupr = ev.evaluate(pred, {ev.metricName: "areaUnderPR"})

# baseline: constant train conversion rate, and "cart_adds > 0" rule
conv = train.agg(F.avg("label")).first()[0]
base_const = ev.evaluate(test.withColumn("rawPrediction", F.lit(conv)))
base_rule = ev.evaluate(test.withColumn("rawPrediction", (F.col("cart_adds") > 0).cast("double")))

print(f"baseline constant ({conv:.3f}) AUC: {base_const:.3f}")
print(f"baseline cart rule AUC      : {base_rule:.3f}")
print(f"GBT AUC: {auc:.3f}  AUPR: {aupr:.3f}")
spark.stop()
