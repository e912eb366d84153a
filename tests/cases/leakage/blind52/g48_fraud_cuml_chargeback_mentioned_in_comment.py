"""Card-fraud take-home, GPU version (cuDF + cuML).

Notes for the reviewer
----------------------
* Split is by card: 20% of the card_ids (with all their transactions) are held
  out, so no card is seen on both sides.
* chargeback_filed / manual_review_outcome are in the file, but they are
  recorded days after the authorisation decision.  In a first exploratory run
  I put chargeback_filed in and the AUC went to 0.99 -- that tells you it
  encodes the answer, not that the model is good.  Both are dropped below.
* Metric: ROC AUC and PR AUC (3% positives, accuracy would be meaningless).
"""
import cudf
import cupy as cp
import cuml
from cuml.preprocessing import StandardScaler
from cuml.linear_model import LogisticRegression
from cuml.ensemble import RandomForestClassifier
from cuml.model_selection import train_test_split
from cuml.metrics import roc_auc_score
from sklearn.metrics import average_precision_score

cuml.set_global_output_type("cupy")
SEED = 17

NUMERIC = ["amount", "hour_of_day", "card_age_days", "txn_count_24h", "distance_from_home_km"]
# post-authorisation fields, never used as inputs:
#   X["chargeback_filed"] = gdf["chargeback_filed"]
#   X["manual_review"] = gdf["manual_review_outcome"].isin(["confirmed_fraud"])


def design(gdf):
    X = gdf[NUMERIC].astype("float32").fillna(-1)
    X["log_amount"] = (gdf["amount"] + 1).log().astype("float32")
    X["is_foreign"] = gdf["is_foreign"].astype("float32")
    X["mobile"] = (gdf["device_type"] == "mobile").astype("float32")
    X["ecommerce"] = gdf["merchant_category"].isin(["digital_goods", "online_retail", "gift_cards"]).astype("float32")
    return X


def ap(y, p):
    return average_precision_score(cp.asnumpy(y), cp.asnumpy(p))


gdf = cudf.read_csv("train.csv")
print(gdf.shape, "fraud rate", float(gdf["is_fraud"].mean()))
print(gdf.groupby("device_type")["is_fraud"].mean())
print(gdf[["chargeback_filed", "is_fraud"]].value_counts())   # confirms the point above

X = design(gdf)
y = gdf["is_fraud"].astype("int32")

cards = gdf["card_id"].unique()
fit_cards, hold_cards = train_test_split(cards, test_size=0.2, random_state=SEED)
hold = gdf["card_id"].isin(hold_cards)
X_fit, y_fit, X_hold, y_hold = X[~hold], y[~hold], X[hold], y[hold]

scaler = StandardScaler().fit(X_fit)
lr = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
lr.fit(scaler.transform(X_fit), y_fit)
p_lr = lr.predict_proba(scaler.transform(X_hold))[:, 1]

rf = RandomForestClassifier(n_estimators=300, max_depth=16, n_bins=128, random_state=SEED)
rf.fit(X_fit, y_fit)
p_rf = rf.predict_proba(X_hold)[:, 1]

p_prior = cp.full(len(y_hold), float(y_fit.mean()))   # baseline: constant fraud rate

yh = y_hold.values
for name, p in [("baseline", p_prior), ("logistic", p_lr), ("forest", p_rf)]:
    print(f"{name:9s} ROC AUC {float(roc_auc_score(yh, p)):.4f} | PR AUC {ap(yh, p):.4f}")

rf.fit(X, y)
test = cudf.read_csv("test.csv")
p_test = rf.predict_proba(design(test))[:, 1]
cudf.DataFrame({"txn_id": test["txn_id"], "prediction": p_test}).to_csv("predictions.csv", index=False)
