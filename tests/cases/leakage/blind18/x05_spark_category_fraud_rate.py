"""Transaction fraud - random forest with merchant category risk features."""
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler, StringIndexer
from pyspark.ml.classification import RandomForestClassifier
from pyspark.ml.evaluation import BinaryClassificationEvaluator

spark = SparkSession.builder.appName("tx-fraud-rf").getOrCreate()

tx = spark.read.csv("s3a://risk-lake/exports/transactions_2023.csv", header=True, inferSchema=True)
tx = tx.withColumn("label", F.col("is_fraud").cast("double")).drop("is_fraud")

print("rows:", tx.count())
tx.groupBy("label").count().show()

# basic numeric features
tx = (
    tx.withColumn("log_amount", F.log1p("amount"))
    .withColumn("is_foreign", (F.col("merchant_country") != F.col("card_country")).cast("int"))
    .withColumn("is_night", ((F.col("hour") < 6) | (F.col("hour") > 22)).cast("int"))
)

# merchant category risk: how often each category sees fraud, smoothed toward the global rate
global_rate = tx.agg(F.avg("label")).first()[0]
m = 50.0
cat_stats = tx.groupBy("merchant_category").agg(
    F.sum("label").alias("cat_fraud"),
    F.count("*").alias("cat_n"),
)
cat_stats = cat_stats.withColumn(
    "cat_risk", (F.col("cat_fraud") + m * F.lit(global_rate)) / (F.col("cat_n") + m)
).select("merchant_category", "cat_risk", "cat_n")
cat_stats.orderBy(F.desc("cat_risk")).show(15)

tx = tx.join(F.broadcast(cat_stats), on="merchant_category", how="left")

train, test = tx.randomSplit([0.75, 0.25], seed=11)

features = ["log_amount", "is_foreign", "is_night", "cat_risk", "cat_n", "channel_idx"]
pipe = Pipeline(stages=[
    StringIndexer(inputCol="channel", outputCol="channel_idx", handleInvalid="keep"),
    VectorAssembler(inputCols=features, outputCol="features"),
    RandomForestClassifier(labelCol="label", featuresCol="features", numTrees=200, maxDepth=8, seed=3),
])
model = pipe.fit(train)

pred = model.transform(test)
ev = BinaryClassificationEvaluator(labelCol="label")
print("test AUC:", ev.evaluate(pred))
print("test AUPR:", ev.evaluate(pred, {ev.metricName: "areaUnderPR"}))

rf = model.stages[-1]
for f, w in sorted(zip(features, rf.featureImportances.toArray()), key=lambda t: -t[1]):
    print(f"  {f:12s} {w:.3f}")

spark.stop()
