"""Click prediction for display ads (PySpark GBT).

Out-of-time validation: train on the first 80% of the period, validate on the rest.
"""
import pyspark.sql.functions as F
from pyspark.sql import SparkSession, Window
from pyspark.ml import Pipeline
from pyspark.ml.feature import StringIndexer, VectorAssembler
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.evaluation import MulticlassClassificationEvaluator
from pyspark.ml.functions import vector_to_array

spark = SparkSession.builder.appName("ctr-gbt").getOrCreate()

raw = spark.read.csv("train.csv", header=True, inferSchema=True)
raw_test = spark.read.csv("test.csv", header=True, inferSchema=True)
raw.groupBy("clicked").count().show()
raw.groupBy("site_category").agg(F.count("*").alias("imps"), F.avg("clicked").alias("ctr")) \
   .orderBy(F.desc("imps")).show(15)


def featurize(df):
    t = F.col("event_time").cast("long")
    ad_24h = Window.partitionBy("ad_id").orderBy(t).rangeBetween(-86400, -1)
    user_1h = Window.partitionBy("user_id").orderBy(t).rangeBetween(-3600, -1)
    return (df
            .withColumn("t", t)
            .withColumn("hour", F.hour("event_time"))
            .withColumn("dow", F.dayofweek("event_time"))
            .withColumn("area", F.col("banner_w") * F.col("banner_h"))
            .withColumn("ad_imps_24h", F.count(F.lit(1)).over(ad_24h))
            .withColumn("user_imps_1h", F.count(F.lit(1)).over(user_1h))
            .withColumn("top_slot", (F.col("ad_position") <= 1).cast("int")))


both = raw.withColumn("is_sub", F.lit(False)).unionByName(raw_test.withColumn("is_sub", F.lit(True)),
                                                          allowMissingColumns=True)
both = featurize(both).cache()
labelled = both.filter(~F.col("is_sub")).withColumn("label", F.col("clicked").cast("double"))
to_score = both.filter(F.col("is_sub"))

lo, hi = labelled.agg(F.min("t"), F.max("t")).first()
cut = lo + 0.8 * (hi - lo)
train = labelled.filter(F.col("t") < cut)
valid = labelled.filter(F.col("t") >= cut)
print("train", train.count(), "valid", valid.count())

CATS = ["device_type", "os", "site_category"]
NUMS = ["hour", "dow", "ad_position", "area", "user_age_days", "ad_imps_24h", "user_imps_1h", "top_slot"]
pipe = Pipeline(stages=[
    StringIndexer(inputCols=CATS, outputCols=[c + "_id" for c in CATS], handleInvalid="keep"),
    VectorAssembler(inputCols=NUMS + [c + "_id" for c in CATS], outputCol="features"),
    GBTClassifier(labelCol="label", featuresCol="features", maxDepth=5, maxIter=60, stepSize=0.1,
                  maxBins=48, seed=3),
])
model = pipe.fit(train)
val_pred = model.transform(valid)

accuracy = MulticlassClassificationEvaluator(labelCol="label", predictionCol="prediction", metricName="accuracy")
print(f"GBT validation accuracy: {accuracy.evaluate(val_pred):.4f}")

no_click = valid.withColumn("prediction", F.lit(0.0))
print(f"always-no-click baseline accuracy: {accuracy.evaluate(no_click):.4f}")

final = pipe.fit(labelled)
(final.transform(to_score)
      .select("impression_id", vector_to_array("probability")[1].alias("prediction"))
      .toPandas().to_csv("predictions.csv", index=False))
print("done")
