# Card fraud GBT on Spark.
# Split first, then oversample the fraud class in the training part only;
# the test split keeps the natural fraud rate.
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.evaluation import BinaryClassificationEvaluator, MulticlassClassificationEvaluator

spark = SparkSession.builder.appName("fraud-gbt-v2").getOrCreate()

tx = spark.read.csv("/data/creditcard.csv", header=True, inferSchema=True).withColumnRenamed("Class", "label")
tx.groupBy("label").count().show()

# stratified split by hand: randomSplit each class separately so both sides keep the rate
fraud_tr, fraud_te = tx.filter("label = 1").randomSplit([0.8, 0.2], seed=42)
legit_tr, legit_te = tx.filter("label = 0").randomSplit([0.8, 0.2], seed=42)
train = legit_tr.unionByName(fraud_tr)
test = legit_te.unionByName(fraud_te)

n_f = fraud_tr.count()
n_l = legit_tr.count()
ratio = n_l / max(n_f, 1)
print("train fraud:", n_f, "legit:", n_l, "ratio %.1f" % ratio)

# oversample fraud rows of the training part only
fraud_up = fraud_tr.sample(withReplacement=True, fraction=ratio / 2, seed=7)
train_bal = legit_tr.unionByName(fraud_up).cache()
train_bal.groupBy("label").count().show()

feature_cols = [c for c in tx.columns if c.startswith("V")] + ["Amount"]
pipe = Pipeline(stages=[
    VectorAssembler(inputCols=feature_cols, outputCol="features"),
    GBTClassifier(labelCol="label", featuresCol="features", maxIter=60, maxDepth=5, seed=42),
])
model = pipe.fit(train_bal)

pred = model.transform(test)
roc_eval = BinaryClassificationEvaluator(labelCol="label", metricName="areaUnderROC")
pr_eval = BinaryClassificationEvaluator(labelCol="label", metricName="areaUnderPR")
rec_eval = MulticlassClassificationEvaluator(labelCol="label", metricName="recallByLabel", metricLabel=1.0)

# baseline: flag nothing (constant score) -> AUC 0.5, PR-AUC = fraud rate
test_rate = test.agg(F.avg("label")).first()[0]
const = test.withColumn("const_score", F.lit(0.0))
base_roc = BinaryClassificationEvaluator(labelCol="label", rawPredictionCol="const_score").evaluate(const)

print(f"baseline (all legit): ROC={base_roc:.3f}  PR~{test_rate:.4f}")
print(f"GBT                 : ROC={roc_eval.evaluate(pred):.4f}  PR={pr_eval.evaluate(pred):.4f}  recall@0.5={rec_eval.evaluate(pred):.3f}")

pred.groupBy("label", "prediction").count().orderBy("label", "prediction").show()
spark.stop()
