"""LightGBM + RandomizedSearchCV for the churn snapshots.

Validation design
-----------------
* holdout = last 2 months, restricted to a random 20% of customers that are
  excluded from the fitting data entirely
* tuning CV = expanding monthly cuts on the fitting data, scored on a customer
  bucket kept out of the fit
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint, uniform
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RandomizedSearchCV

TARGET = "churned_next_month"
CATS = ["plan", "contract_type", "region", "payment_method"]

df = pd.read_csv("train.csv")
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
for c in CATS:
    df[c] = df[c].astype("category")

print(df[TARGET].mean())
print(df[["retention_offer_accepted", "account_closed_date_known", TARGET]].corr().round(3))

# account_closed_date_known is only filled in once the account is closed -> drop.
# retention_offer_accepted looked like a strong signal at first, but offers go out
# to people who already called to cancel, so it is a proxy for the outcome -> drop too.
FEATURES = [c for c in df.columns
            if c not in ("snapshot_id", "customer_id", "snapshot_month", TARGET,
                         "account_closed_date_known", "retention_offer_accepted")]
print(FEATURES)

months = np.sort(df["snapshot_month"].unique())
cut = months[-2]
cust = df["customer_id"].drop_duplicates().sample(frac=0.2, random_state=3)
is_hold_cust = df["customer_id"].isin(cust)
fit_df = df[(df["snapshot_month"] < cut) & ~is_hold_cust].reset_index(drop=True)
hold_df = df[(df["snapshot_month"] >= cut) & is_hold_cust].reset_index(drop=True)

# tuning folds
K = 4
cs = fit_df["customer_id"].unique()
bk = fit_df["customer_id"].map(pd.Series(np.arange(len(cs)) % K, index=np.random.RandomState(0).permutation(cs)))
mm = fit_df["snapshot_month"]
folds = []
for k, c in enumerate(np.sort(mm.unique())[-K:]):
    folds.append((np.flatnonzero((mm < c) & (bk != k)), np.flatnonzero((mm == c) & (bk == k))))

dist = {
    "num_leaves": randint(8, 96),
    "learning_rate": loguniform(0.01, 0.2),
    "n_estimators": randint(100, 800),
    "min_child_samples": randint(20, 400),
    "subsample": uniform(0.6, 0.4),
    "colsample_bytree": uniform(0.5, 0.5),
    "reg_lambda": loguniform(1e-3, 10),
}
clf = lgb.LGBMClassifier(subsample_freq=1, is_unbalance=True, verbose=-1, random_state=0)
rs = RandomizedSearchCV(clf, dist, n_iter=40, scoring="average_precision", cv=folds,
                        random_state=0, n_jobs=-1, verbose=1)
rs.fit(fit_df[FEATURES], fit_df[TARGET])
print("best CV AP:", round(rs.best_score_, 4), rs.best_params_)

p_hold = rs.predict_proba(hold_df[FEATURES])[:, 1]
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(fit_df[FEATURES], fit_df[TARGET])
p_dummy = dummy.predict_proba(hold_df[FEATURES])[:, 1]
print("holdout ROC AUC  model %.4f | dummy %.4f" % (roc_auc_score(hold_df[TARGET], p_hold),
                                                    roc_auc_score(hold_df[TARGET], p_dummy)))
print("holdout AP       model %.4f | dummy %.4f" % (average_precision_score(hold_df[TARGET], p_hold),
                                                    average_precision_score(hold_df[TARGET], p_dummy)))

imp = pd.Series(rs.best_estimator_.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(15))

test = pd.read_csv("test.csv")
for c in CATS:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
final = lgb.LGBMClassifier(subsample_freq=1, is_unbalance=True, verbose=-1, random_state=0,
                           **rs.best_params_).fit(df[FEATURES], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
