# Churn model -- time-respecting validation
#
# The obvious trap with snapshot data is a random split: next month's snapshot of
# a customer would end up in training. So everything below is ordered in time:
# TimeSeriesSplit for tuning, and a final out-of-time test on Oct-Dec 2024.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from xgboost import XGBClassifier
from sklearn.model_selection import TimeSeriesSplit, RandomizedSearchCV
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from scipy.stats import loguniform, randint

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values("snapshot_month").reset_index(drop=True)

print(df["snapshot_month"].min(), df["snapshot_month"].max())
print(df["churned_next_month"].mean())

monthly = df.groupby("snapshot_month")["churned_next_month"].mean()
monthly.plot(marker="o", title="churn rate by snapshot month")
plt.tight_layout()
plt.savefig("churn_by_month.png")

# encode
df = pd.get_dummies(df, columns=["plan", "region"], drop_first=False, dtype=int)

drop = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
        "retention_offer_accepted", "account_closed_date_known"]
features = [c for c in df.columns if c not in drop]
print(features)

cut = pd.Timestamp("2024-10-01")
train = df[df["snapshot_month"] < cut]
test = df[df["snapshot_month"] >= cut]
print(len(train), len(test))

X_tr, y_tr = train[features], train["churned_next_month"]
X_te, y_te = test[features], test["churned_next_month"]

spw = (1 - y_tr.mean()) / y_tr.mean()
search = RandomizedSearchCV(
    XGBClassifier(tree_method="hist", eval_metric="logloss", scale_pos_weight=spw),
    param_distributions={
        "max_depth": randint(2, 7),
        "learning_rate": loguniform(0.01, 0.3),
        "n_estimators": randint(100, 600),
        "min_child_weight": randint(1, 20),
        "subsample": [0.6, 0.8, 1.0],
    },
    n_iter=30,
    scoring="average_precision",
    cv=TimeSeriesSplit(n_splits=4),
    random_state=0,
    n_jobs=-1,
)
search.fit(X_tr, y_tr)
print(search.best_params_, round(search.best_score_, 4))

res = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(res[["mean_test_score", "std_test_score"]].head(10))

best = search.best_estimator_
p_te = best.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]

print("test AP   model %.3f | baseline %.3f" % (average_precision_score(y_te, p_te),
                                                average_precision_score(y_te, p_dummy)))
print("test AUC  model %.3f" % roc_auc_score(y_te, p_te))
# scale_pos_weight distorts probabilities, so Brier is only indicative here
print("test Brier model %.4f | baseline %.4f" % (brier_score_loss(y_te, p_te),
                                                 brier_score_loss(y_te, p_dummy)))

# bootstrap CI for AP on the test months
rng = np.random.default_rng(1)
yv, pv = y_te.to_numpy(), p_te
aps = []
for _ in range(2000):
    i = rng.integers(0, len(yv), len(yv))
    if yv[i].sum() == 0:
        continue
    aps.append(average_precision_score(yv[i], pv[i]))
print("AP 95%% CI: %.3f - %.3f" % tuple(np.percentile(aps, [2.5, 97.5])))

imp = pd.Series(best.feature_importances_, index=features).sort_values()
imp.plot.barh(figsize=(6, 5))
plt.tight_layout()
plt.savefig("importance.png")

# submission
best.fit(df[features], df["churned_next_month"])
sub = pd.read_csv("test.csv")
sub = pd.get_dummies(sub, columns=["plan", "region"], dtype=int).reindex(columns=features, fill_value=0)
pd.DataFrame({"snapshot_id": pd.read_csv("test.csv")["snapshot_id"],
              "prediction": best.predict_proba(sub)[:, 1]}).to_csv("predictions.csv", index=False)
