import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for d in (train, test):
    d["txn_ts"] = pd.to_datetime(d["txn_ts"])

print(train.shape)
print(train.dtypes)
print(train.isna().sum())
print("fraud share:", train["is_fraud"].mean())

# ---------------------------------------------------------------------------
# features
# ---------------------------------------------------------------------------
def build(d):
    d = d.sort_values(["card_id", "txn_ts"]).reset_index(drop=True)
    g = d.groupby("card_id")

    # how busy was the card just before this transaction
    for w in ["1h", "6h", "24h"]:
        d["cnt_" + w] = g.rolling(w, on="txn_ts", closed="left")["amount"].count().fillna(0).values

    d["since_prev_min"] = g["txn_ts"].diff().dt.total_seconds().fillna(1e6) / 60
    d["n_prev"] = g.cumcount()

    # device sharing so far
    d = d.sort_values("txn_ts")
    d["cards_on_device"] = d.groupby("device_id")["card_id"].transform(lambda s: (~s.duplicated()).cumsum())
    d["accounts_on_ip"] = d.groupby("ip_address")["account_id"].transform(lambda s: (~s.duplicated()).cumsum())

    d["hour"] = d["txn_ts"].dt.hour
    d["dow"] = d["txn_ts"].dt.dayofweek
    d["ecom"] = (d["channel"] == "ecom").astype(int)
    d["intl"] = (d["country"] != "US").astype(int)
    d["amount_log"] = np.log1p(d["amount"])
    return d.sort_values("txn_ts").reset_index(drop=True)


train = build(train)
test = build(test)

cols = [
    "amount_log", "hour", "dow", "ecom", "intl", "mcc", "cnt_1h", "cnt_6h", "cnt_24h",
    "since_prev_min", "n_prev", "cards_on_device", "accounts_on_ip",
]

# ---------------------------------------------------------------------------
# validation: train on the first 80% of days, check on the last 20%
# ---------------------------------------------------------------------------
days = train["txn_ts"].dt.normalize()
last_train_day = days.quantile(0.8)
fit_part = train[days <= last_train_day]
check_part = train[days > last_train_day]
print("fit rows:", len(fit_part), "check rows:", len(check_part))

rf = RandomForestClassifier(
    n_estimators=300,
    max_depth=12,
    min_samples_leaf=20,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=1,
)
rf.fit(fit_part[cols], fit_part["is_fraud"])
pred = rf.predict(check_part[cols])
print("validation accuracy:", round(accuracy_score(check_part["is_fraud"], pred), 4))

for depth in [8, 12, None]:
    m = RandomForestClassifier(n_estimators=200, max_depth=depth, min_samples_leaf=20,
                               class_weight="balanced_subsample", n_jobs=-1, random_state=1)
    m.fit(fit_part[cols], fit_part["is_fraud"])
    print("depth", depth, "train acc", round(m.score(fit_part[cols], fit_part["is_fraud"]), 4))

importances = sorted(zip(rf.feature_importances_, cols), reverse=True)
for imp, c in importances:
    print(f"{c:18s} {imp:.3f}")

# ---------------------------------------------------------------------------
# final fit + submission
# ---------------------------------------------------------------------------
rf.fit(train[cols], train["is_fraud"])
sub = pd.DataFrame({"txn_id": test["txn_id"], "prediction": rf.predict_proba(test[cols])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
