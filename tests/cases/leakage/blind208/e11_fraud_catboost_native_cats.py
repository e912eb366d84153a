"""
Fraud detection take-home (card transactions).

Model: CatBoost with native categorical features (merchant, category, channel, ...).
Validation: chronological; later windows only contain cards never seen earlier.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

SEED = 17
LABEL = "is_fraud"
NON_FEATURES = ["is_fraud", "chargeback_filed", "card_id", "transaction_time"]
CAT_FEATURES = ["merchant_id", "merchant_category", "channel", "country", "device_type"]

df = pd.read_csv("train.csv", parse_dates=["transaction_time"], dtype={"merchant_id": str})
test = pd.read_csv("test.csv", parse_dates=["transaction_time"], dtype={"merchant_id": str})

print("rows", len(df), "cards", df["card_id"].nunique(), "fraud rate", round(df[LABEL].mean(), 4))
print(df.dtypes)
print(df[CAT_FEATURES].nunique())


def enrich(d):
    d = d.sort_values(["card_id", "transaction_time"]).copy()
    d["hour"] = d["transaction_time"].dt.hour
    d["weekday"] = d["transaction_time"].dt.weekday
    d["amount_log"] = np.log1p(d["amount"])
    by_card = d.groupby("card_id")
    d["card_seq"] = by_card.cumcount()
    d["prev_gap_min"] = by_card["transaction_time"].diff().dt.total_seconds() / 60
    d["prev_country_diff"] = (d["country"] != by_card["country"].shift(1)).astype(int)
    for c in CAT_FEATURES:
        d[c] = d[c].fillna("NA").astype(str)
    return d.sort_values("transaction_time")


df = enrich(df)
test = enrich(test)

features = [c for c in df.columns if c not in NON_FEATURES]
print("features:", features)

# chronological windows
t_val, t_test = df["transaction_time"].quantile([0.7, 0.85]).tolist()
fit = df[df["transaction_time"] < t_val]
val = df[(df["transaction_time"] >= t_val) & (df["transaction_time"] < t_test)]
hold = df[df["transaction_time"] >= t_test]
val = val[~val["card_id"].isin(fit["card_id"])]
hold = hold[~hold["card_id"].isin(pd.concat([fit["card_id"], val["card_id"]]))]
for name, part in [("fit", fit), ("val", val), ("hold", hold)]:
    print(f"{name:5s} rows={len(part):7d} fraud={part[LABEL].mean():.4f}")

fit_pool = Pool(fit[features], fit[LABEL], cat_features=CAT_FEATURES)
val_pool = Pool(val[features], val[LABEL], cat_features=CAT_FEATURES)
hold_pool = Pool(hold[features], hold[LABEL], cat_features=CAT_FEATURES)

clf = CatBoostClassifier(
    iterations=4000,
    learning_rate=0.05,
    depth=7,
    loss_function="Logloss",
    eval_metric="PRAUC",
    scale_pos_weight=20,
    one_hot_max_size=6,
    early_stopping_rounds=300,
    random_seed=SEED,
    verbose=200,
)
clf.fit(fit_pool, eval_set=val_pool, use_best_model=True)

# baseline vs model on the final window
dummy = DummyClassifier(strategy="prior").fit(fit[["amount"]], fit[LABEL])
p_dummy = dummy.predict_proba(hold[["amount"]])[:, 1]
p_cb = clf.predict_proba(hold_pool)[:, 1]
y = hold[LABEL]
report = pd.DataFrame({
    "average_precision": [average_precision_score(y, p_dummy), average_precision_score(y, p_cb)],
    "roc_auc": [roc_auc_score(y, p_dummy), roc_auc_score(y, p_cb)],
    "brier": [brier_score_loss(y, p_dummy), brier_score_loss(y, p_cb)],
}, index=["dummy_prior", "catboost"])
print(report.round(4))

imp = clf.get_feature_importance(prettified=True)
print(imp.head(20))

sub = pd.DataFrame({
    "transaction_id": test["transaction_id"],
    "prediction": clf.predict_proba(Pool(test[features], cat_features=CAT_FEATURES))[:, 1],
})
sub.to_csv("predictions.csv", index=False)
print("saved", sub.shape)
