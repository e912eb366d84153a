"""Motor insurance: will a vehicle have at least one claim this year?

motor_claims.csv - one row per insured vehicle; fleet / family policies cover several vehicles
(policy_id), and vehicles on the same policy share driver, address and bonus-malus.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score
import matplotlib.pyplot as plt

SEED = 17

claims = pd.read_csv("motor_claims.csv")
print(claims.shape)
print(claims.head())

per_policy = claims.groupby("policy_id").size()
print("vehicles per policy:\n", per_policy.describe())
print("share of rows on multi-vehicle policies:", round((claims["policy_id"].map(per_policy) > 1).mean(), 3))

claims["has_claim"] = (claims["claim_count"] > 0).astype(int)
print("claim frequency:", round(claims["has_claim"].mean(), 4))

# row-level cleaning
claims["driver_age"] = claims["driver_age"].clip(18, 90)
claims["vehicle_age"] = claims["vehicle_age"].clip(0, 25)
claims["log_density"] = np.log1p(claims["density"])
claims["young_driver"] = (claims["driver_age"] < 25).astype(int)
claims["bm_high"] = (claims["bonus_malus"] > 100).astype(int)

for c in ["area", "region", "vehicle_brand", "vehicle_gas"]:
    claims[c] = claims[c].astype("category")

features = [
    "driver_age", "vehicle_age", "vehicle_power", "bonus_malus", "log_density",
    "young_driver", "bm_high", "exposure", "area", "region", "vehicle_brand", "vehicle_gas",
]

X = claims[features]
y = claims["has_claim"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=SEED)

clf = lgb.LGBMClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    num_leaves=63,
    min_child_samples=50,
    colsample_bytree=0.7,
    subsample=0.8,
    subsample_freq=1,
    random_state=SEED,
    verbose=-1,
)
clf.fit(
    X_tr, y_tr,
    eval_set=[(X_val, y_val)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", clf.best_iteration_)

p_test = clf.predict_proba(X_test)[:, 1]
print("test ROC AUC      :", round(roc_auc_score(y_test, p_test), 4))
print("test PR AUC       :", round(average_precision_score(y_test, p_test), 4))
print("test log loss     :", round(log_loss(y_test, p_test), 5))

# calibration by predicted decile
cal = pd.DataFrame({"p": p_test, "y": y_test.values})
cal["bin"] = pd.qcut(cal["p"], 10, labels=False, duplicates="drop")
print(cal.groupby("bin").agg(pred=("p", "mean"), obs=("y", "mean"), n=("y", "size")).round(4))

imp = pd.Series(clf.booster_.feature_importance("gain"), index=features).sort_values()
imp.plot.barh(figsize=(6, 5), title="gain importance")
plt.tight_layout()
plt.savefig("claims_importance.png")
