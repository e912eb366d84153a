"""Churn model with H2O AutoML.

Validation: fit on the older months, let AutoML rank models on the next two
months, report on the last two months of train.csv (the real test.csv is
later still).
"""
import numpy as np
import pandas as pd
import h2o
from h2o.automl import H2OAutoML
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]   # both only known after the fact
NOT_FEATURES = LEAKY + [TARGET, "snapshot_id", "customer_id", "snapshot_month"]

raw = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")
print(raw.shape, to_score.shape)
print(raw.groupby("snapshot_month")[TARGET].agg(["mean", "size"]).tail(8))
print(raw.groupby("plan")[TARGET].mean().round(3))
print("rows per customer:", raw.groupby("customer_id").size().describe()[["mean", "max"]].to_dict())

months = sorted(raw.snapshot_month.unique())
tr = raw[raw.snapshot_month.isin(months[:-4])]
va = raw[raw.snapshot_month.isin(months[-4:-2])]
te = raw[raw.snapshot_month.isin(months[-2:])]
print("train", tr.shape, "valid", va.shape, "test", te.shape)

features = [c for c in raw.columns if c not in NOT_FEATURES]
print(features)

h2o.init(max_mem_size="6G")


def to_h2o(d, with_target=True):
    cols = features + ([TARGET] if with_target else [])
    hf = h2o.H2OFrame(d[cols])
    if with_target:
        hf[TARGET] = hf[TARGET].asfactor()
    for c in ("plan", "region"):
        hf[c] = hf[c].asfactor()
    return hf


h_tr, h_va, h_te = to_h2o(tr), to_h2o(va), to_h2o(te)

# nfolds=0 -> no random CV folds mixing months; AutoML uses my validation block instead
aml = H2OAutoML(max_runtime_secs=900, nfolds=0, sort_metric="AUCPR", seed=2024,
                exclude_algos=["DeepLearning"])
aml.train(x=features, y=TARGET, training_frame=h_tr,
          validation_frame=h_va, leaderboard_frame=h_va)
print(aml.leaderboard.head(rows=12))

# test block: scored once, at the end
p_te = aml.leader.predict(h_te).as_data_frame()["p1"].values
y_te = te[TARGET].values
print("leader:", aml.leader.model_id)
print("test AUC   %.4f" % roc_auc_score(y_te, p_te))
print("test AUCPR %.4f" % average_precision_score(y_te, p_te))

# baseline: everybody gets the training churn rate
prior = np.full(len(y_te), tr[TARGET].mean())
print("baseline AUC %.4f  AUCPR %.4f" % (roc_auc_score(y_te, prior), average_precision_score(y_te, prior)))

# the retention team would call the top 5% of the list
k = int(0.05 * len(p_te))
top = np.argsort(-p_te)[:k]
print("precision@5%%: %.3f  recall@5%%: %.3f" % (y_te[top].mean(), y_te[top].sum() / max(y_te.sum(), 1)))

# submission with the leader
p_sub = aml.leader.predict(to_h2o(to_score, with_target=False)).as_data_frame()["p1"].values
pd.DataFrame({"snapshot_id": to_score.snapshot_id, "prediction": p_sub}).to_csv("predictions.csv", index=False)
h2o.cluster().shutdown()
