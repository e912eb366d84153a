"""
Churn take-home (monthly snapshots).

Spark: load, per-customer history features, out-of-time split that also keeps
every customer on one side only.
scikit-learn: HistGradientBoosting on the pandas hand-off.
"""
import pandas as pd
import pyspark.sql.functions as F
from pyspark.sql import SparkSession, Window
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

spark = SparkSession.builder.appName("churn-oot").getOrCreate()

LABEL = "churned"
TEST_MONTHS = 3
NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_tickets_30d", "logins_30d",
           "num_addons", "logins_trend", "tickets_6m", "months_on_plan", "charge_jump"]
CATEGORICAL = ["plan_type", "contract_type", "payment_method"]


def build_history(df):
    w = Window.partitionBy("customer_id").orderBy("snapshot_month")
    w6 = w.rowsBetween(-6, -1)
    plan_w = Window.partitionBy("customer_id", "plan_type").orderBy("snapshot_month")
    return (df
            .withColumn("logins_trend", F.col("logins_30d") - F.avg("logins_30d").over(w.rowsBetween(-3, -1)))
            .withColumn("tickets_6m", F.coalesce(F.sum("support_tickets_30d").over(w6), F.lit(0)))
            .withColumn("months_on_plan", F.row_number().over(plan_w))
            .withColumn("charge_jump", F.col("monthly_charges") - F.lag("monthly_charges").over(w)))


snaps = spark.read.csv("train.csv", header=True, inferSchema=True)
snaps_test = spark.read.csv("test.csv", header=True, inferSchema=True)
snaps.groupBy("snapshot_month").agg(F.avg(LABEL).alias("rate"), F.count("*").alias("n")).orderBy("snapshot_month").show(48)

all_rows = snaps.withColumn("src", F.lit("train")).unionByName(
    snaps_test.withColumn("src", F.lit("test")), allowMissingColumns=True)
hist = build_history(all_rows).cache()
labelled = hist.filter(F.col("src") == "train")

months = [r[0] for r in labelled.select("snapshot_month").distinct().orderBy("snapshot_month").collect()]
first_test_month = months[-TEST_MONTHS]
print("out-of-time window starts", first_test_month)

fit_sdf = labelled.filter(F.col("snapshot_month") < F.lit(first_test_month))
late_sdf = labelled.filter(F.col("snapshot_month") >= F.lit(first_test_month))
# customers with any snapshot in the fit window are dropped from the evaluation side
oot_sdf = late_sdf.join(fit_sdf.select("customer_id").distinct(), "customer_id", "left_anti")
print("late rows", late_sdf.count(), "-> new-customer rows kept", oot_sdf.count())

cols = ["row_id", "customer_id"] + NUMERIC + CATEGORICAL + [LABEL]
fit_pdf = fit_sdf.select(cols).toPandas()
oot_pdf = oot_sdf.select(cols).toPandas()
sub_pdf = hist.filter(F.col("src") == "test").select(["row_id"] + NUMERIC + CATEGORICAL).toPandas()
print("fit", fit_pdf.shape, "oot", oot_pdf.shape)
assert not set(fit_pdf.customer_id) & set(oot_pdf.customer_id)

for frame in (fit_pdf, oot_pdf, sub_pdf):
    for c in CATEGORICAL:
        frame[c] = frame[c].astype("category")
for c in CATEGORICAL:
    cats = fit_pdf[c].cat.categories
    oot_pdf[c] = oot_pdf[c].cat.set_categories(cats)
    sub_pdf[c] = sub_pdf[c].cat.set_categories(cats)

X_fit, y_fit = fit_pdf[NUMERIC + CATEGORICAL], fit_pdf[LABEL]
X_oot, y_oot = oot_pdf[NUMERIC + CATEGORICAL], oot_pdf[LABEL]

hgb = HistGradientBoostingClassifier(categorical_features="from_dtype", learning_rate=0.05,
                                     max_iter=400, early_stopping=False, l2_regularization=1.0,
                                     random_state=0)
hgb.fit(X_fit, y_fit)
p_oot = hgb.predict_proba(X_oot)[:, 1]

prior = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_prior = prior.predict_proba(X_oot)[:, 1]

print(f"HGB        ROC AUC {roc_auc_score(y_oot, p_oot):.4f}   PR AUC {average_precision_score(y_oot, p_oot):.4f}")
print(f"prior      ROC AUC {roc_auc_score(y_oot, p_prior):.4f}   PR AUC {average_precision_score(y_oot, p_prior):.4f}")

full = labelled.select(cols).toPandas()
for c in CATEGORICAL:
    full[c] = full[c].astype("category").cat.set_categories(fit_pdf[c].cat.categories)
hgb.fit(full[NUMERIC + CATEGORICAL], full[LABEL])
pd.DataFrame({"row_id": sub_pdf["row_id"],
              "prediction": hgb.predict_proba(sub_pdf[NUMERIC + CATEGORICAL])[:, 1]}).to_csv("predictions.csv", index=False)
