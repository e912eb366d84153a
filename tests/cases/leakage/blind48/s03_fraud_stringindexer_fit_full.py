"""Card fraud take-home: GBT on transaction features, evaluated on held-out cards."""
import pyspark.sql.functions as F
from pyspark.sql import SparkSession
from pyspark.ml import Pipeline
from pyspark.ml.feature import StringIndexer, OneHotEncoder, VectorAssembler
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.evaluation import BinaryClassificationEvaluator
from pyspark.ml.functions import vector_to_array

SEED = 17
CAT_COLS = ["merchant_category", "channel", "country"]
NUM_COLS = ["amount", "hour", "is_foreign", "card_age_days", "txn_count_24h", "avg_amount_30d"]


def load(spark):
    tr = spark.read.csv("train.csv", header=True, inferSchema=True)
    te = spark.read.csv("test.csv", header=True, inferSchema=True)
    return tr, te


def engineer(df):
    # ratio of this amount to the card's own 30-day average (already provided upstream)
    return (df.withColumn("amt_ratio_30d", F.col("amount") / (F.col("avg_amount_30d") + 1.0))
              .withColumn("log_amount", F.log1p("amount"))
              .withColumn("is_night", ((F.col("hour") < 6) | (F.col("hour") >= 23)).cast("int")))


def main():
    spark = SparkSession.builder.appName("fraud-gbt").getOrCreate()
    train_raw, test_raw = load(spark)
    print("rows:", train_raw.count(), "cards:", train_raw.select("card_id").distinct().count())
    train_raw.groupBy("is_fraud").count().show()
    train_raw.groupBy("channel").agg(F.count("*").alias("n")).orderBy(F.desc("n")).show()

    df = engineer(train_raw).withColumn("label", F.col("is_fraud").cast("double"))
    sub_df = engineer(test_raw)
    num_cols = NUM_COLS + ["amt_ratio_30d", "log_amount", "is_night"]

    # categorical encoding, done once so train/test share the same category ids
    encode = Pipeline(stages=[
        StringIndexer(inputCols=CAT_COLS, outputCols=[c + "_ix" for c in CAT_COLS], handleInvalid="keep"),
        OneHotEncoder(inputCols=[c + "_ix" for c in CAT_COLS], outputCols=[c + "_oh" for c in CAT_COLS]),
        VectorAssembler(inputCols=num_cols + [c + "_oh" for c in CAT_COLS], outputCol="features",
                        handleInvalid="keep"),
    ]).fit(df)
    encoded = encode.transform(df)

    # the same card never appears on both sides: split the card ids, not the rows
    cards = encoded.select("card_id").distinct()
    train_cards, test_cards = cards.randomSplit([0.8, 0.2], seed=SEED)
    train = encoded.join(train_cards, "card_id", "inner")
    test = encoded.join(test_cards, "card_id", "inner")

    pos_rate = train.agg(F.avg("label")).first()[0]
    w_pos = (1.0 - pos_rate) / pos_rate
    train = train.withColumn("w", F.when(F.col("label") == 1.0, F.lit(w_pos)).otherwise(F.lit(1.0)))
    print(f"train positive rate {pos_rate:.4f}, positive weight {w_pos:.1f}")

    gbt = GBTClassifier(featuresCol="features", labelCol="label", weightCol="w",
                        maxDepth=5, maxIter=80, stepSize=0.1, seed=SEED)
    model = gbt.fit(train)
    scored = model.transform(test)

    ev_pr = BinaryClassificationEvaluator(labelCol="label", rawPredictionCol="rawPrediction", metricName="areaUnderPR")
    ev_roc = BinaryClassificationEvaluator(labelCol="label", rawPredictionCol="rawPrediction", metricName="areaUnderROC")
    print("GBT  PR-AUC %.4f  ROC-AUC %.4f" % (ev_pr.evaluate(scored), ev_roc.evaluate(scored)))

    # baseline: constant score = training fraud rate
    const = test.withColumn("rawPrediction", F.lit(float(pos_rate)))
    print("baseline (prior)  PR-AUC %.4f  ROC-AUC %.4f" % (ev_pr.evaluate(const), ev_roc.evaluate(const)))

    top = model.featureImportances.toArray().argsort()[::-1][:10]
    print("top feature slots:", list(top))

    out = (model.transform(encode.transform(sub_df))
           .select("txn_id", vector_to_array("probability")[1].alias("prediction")))
    out.toPandas().to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
