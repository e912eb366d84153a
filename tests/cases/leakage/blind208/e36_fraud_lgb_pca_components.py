"""Card fraud -- LightGBM + PCA components of the numeric transaction profile.

The raw numeric columns are correlated (amount, distance, gaps, counts), so I add
the leading principal components as extra features for the booster.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score

TARGET = "is_fraud"
CATS = ["merchant_category", "channel", "device_type", "country"]
N_PC = 4

trn = pd.read_csv("train.csv", parse_dates=["transaction_time"])
tst = pd.read_csv("test.csv", parse_dates=["transaction_time"])
print(trn.shape, tst.shape, "fraud rate %.4f" % trn[TARGET].mean())


def base_features(d):
    d = d.sort_values(["card_id", "transaction_time"]).copy()
    g = d.groupby("card_id")
    d["log_amount"] = np.log1p(d["amount"])
    d["hour"] = d["transaction_time"].dt.hour
    d["log_gap_prev"] = np.log1p(g["transaction_time"].diff().dt.total_seconds().fillna(1e6))
    d["n_before"] = g.cumcount()
    d["log_dist"] = np.log1p(d["distance_from_home_km"])
    for c in CATS:
        d[c] = d[c].astype("category")
    return d.sort_values("transaction_time").reset_index(drop=True)


trn = base_features(trn)
tst = base_features(tst)
for c in CATS:
    tst[c] = pd.Categorical(tst[c], categories=trn[c].cat.categories)

PCA_INPUT = ["log_amount", "log_gap_prev", "n_before", "log_dist", "customer_age", "hour"]

scaler = StandardScaler().fit(trn[PCA_INPUT])
pca = PCA(n_components=N_PC, random_state=0).fit(scaler.transform(trn[PCA_INPUT]))
print("explained variance:", pca.explained_variance_ratio_.round(3))
pc_cols = [f"pc{i + 1}" for i in range(N_PC)]
trn[pc_cols] = pca.transform(scaler.transform(trn[PCA_INPUT]))
tst[pc_cols] = pca.transform(scaler.transform(tst[PCA_INPUT]))

FEATURES = PCA_INPUT + ["card_present"] + pc_cols + CATS

# split: time-ordered, later windows only hold cards without earlier transactions
c1, c2 = trn["transaction_time"].quantile([0.7, 0.85])
fit = trn[trn["transaction_time"] < c1]
val = trn[(trn["transaction_time"] >= c1) & (trn["transaction_time"] < c2)]
hold = trn[trn["transaction_time"] >= c2]
val = val[~val["card_id"].isin(fit["card_id"])]
hold = hold[~hold["card_id"].isin(set(fit["card_id"]) | set(val["card_id"]))]
print("fit/val/hold:", len(fit), len(val), len(hold))

params = {
    "objective": "binary",
    "metric": ["average_precision", "auc"],
    "learning_rate": 0.05,
    "num_leaves": 40,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "is_unbalance": True,
    "verbose": -1,
}
d_fit = lgb.Dataset(fit[FEATURES], fit[TARGET], categorical_feature=CATS)
d_val = lgb.Dataset(val[FEATURES], val[TARGET], reference=d_fit)
gbm = lgb.train(params, d_fit, num_boost_round=3000, valid_sets=[d_fit, d_val],
                valid_names=["fit", "val"],
                callbacks=[lgb.early_stopping(150, first_metric_only=True), lgb.log_evaluation(150)])

y = hold[TARGET].values
p = gbm.predict(hold[FEATURES], num_iteration=gbm.best_iteration)
print("holdout PR AUC  %.4f" % average_precision_score(y, p))
print("holdout ROC AUC %.4f" % roc_auc_score(y, p))
for q in (0.99, 0.98, 0.95):
    print("recall when alerting top %.0f%%: %.3f" % ((1 - q) * 100, recall_score(y, p >= np.quantile(p, q))))

imp = pd.Series(gbm.feature_importance("gain"), index=gbm.feature_name()).sort_values(ascending=False)
print(imp.round(1))

pd.DataFrame({"transaction_id": tst["transaction_id"],
              "prediction": gbm.predict(tst[FEATURES], num_iteration=gbm.best_iteration)}
             ).to_csv("predictions.csv", index=False)
