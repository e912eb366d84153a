# churn / pycaret
# idea: churn differs a lot by plan x contract, give the models that directly as a number

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score, average_precision_score
from pycaret.classification import setup, create_model, compare_models, predict_model, finalize_model, pull

TARGET = "churned_next_month"

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape)
print(df.head())

print(pd.crosstab(df.plan, df.contract_type, values=df[TARGET], aggfunc="mean").round(3))

# tenure buckets, fixed edges
edges = [0, 3, 6, 12, 24, 48, 1000]
df["tenure_bucket"] = pd.cut(df.tenure_months, edges, labels=False, include_lowest=True)
sub["tenure_bucket"] = pd.cut(sub.tenure_months, edges, labels=False, include_lowest=True)

months = sorted(df.snapshot_month.unique())
CV_MONTHS = months[-5:-3]          # two validation months for CV
TEST_MONTHS = months[-3:]          # hold-out

# segment churn rate
seg = (df.groupby(["plan", "contract_type"])[TARGET].mean()
         .rename("segment_churn_rate").reset_index())
global_rate = df[TARGET].mean()
df = df.merge(seg, on=["plan", "contract_type"], how="left")
sub = sub.merge(seg, on=["plan", "contract_type"], how="left")
sub["segment_churn_rate"] = sub["segment_churn_rate"].fillna(global_rate)

# hold-out = last 3 months, only customers that never appear before
dev = df[df.snapshot_month < TEST_MONTHS[0]].sort_values("snapshot_month").reset_index(drop=True)
hold = df[(df.snapshot_month >= TEST_MONTHS[0]) & ~df.customer_id.isin(dev.customer_id)].reset_index(drop=True)


class MonthBlockSplit:
    """fold k: train = all months before CV_MONTHS[k], valid = CV_MONTHS[k] minus customers already in train"""

    def __init__(self, month, cust, val_months):
        self.month, self.cust, self.val_months = np.asarray(month), np.asarray(cust), val_months

    def get_n_splits(self, *args, **kwargs):
        return len(self.val_months)

    def split(self, X, y=None, groups=None):
        for m in self.val_months:
            tr = np.flatnonzero(self.month < m)
            va = np.flatnonzero((self.month == m) & ~np.isin(self.cust, self.cust[tr]))
            yield tr, va


folds = MonthBlockSplit(dev.snapshot_month, dev.customer_id, CV_MONTHS)

IGNORE = ["snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted", "account_closed_date_known"]
setup(
    data=dev,
    test_data=hold,
    target=TARGET,
    ignore_features=IGNORE,
    categorical_features=["plan", "contract_type", "region"],
    fold_strategy=folds,
    data_split_shuffle=False,
    fold_shuffle=False,
    session_id=11,
    verbose=False,
)

base = create_model("dummy", verbose=False)
base_cv = pull()
top = compare_models(include=["lr", "lightgbm", "rf", "catboost"], sort="AUC")
print(pull())
print("dummy baseline CV AUC:", base_cv.loc["Mean", "AUC"])

h = predict_model(top, raw_score=True)
hb = predict_model(base, raw_score=True)
print("hold-out  model AUC %.4f AP %.4f" % (roc_auc_score(h[TARGET], h["prediction_score_1"]),
                                            average_precision_score(h[TARGET], h["prediction_score_1"])))
print("hold-out  dummy AUC %.4f AP %.4f" % (roc_auc_score(hb[TARGET], hb["prediction_score_1"]),
                                            average_precision_score(hb[TARGET], hb["prediction_score_1"])))

final = finalize_model(top)
res = predict_model(final, data=sub, raw_score=True)
res[["snapshot_id", "prediction_score_1"]].rename(columns={"prediction_score_1": "prediction"}).to_csv(
    "predictions.csv", index=False)
