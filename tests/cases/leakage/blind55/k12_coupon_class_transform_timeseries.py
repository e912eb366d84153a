"""Class-transformation uplift (Jaskowski & Jaroszewicz) for the coupon campaign.

Z = 1 if (treated and converted) or (control and not converted); uplift = 2 * P(Z=1|x) - 1
(valid because treatment was assigned ~50/50 in every wave).
Time-aware CV: rows sorted by wave, TimeSeriesSplit so every fold is scored on later waves.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklift.models import ClassTransformation
from sklift.metrics import qini_auc_score, uplift_auc_score, uplift_at_k

train = pd.read_csv("train.csv").sort_values(["wave", "row_id"]).reset_index(drop=True)
test = pd.read_csv("test.csv")

print(train.groupby("wave")["treatment"].mean().round(3))  # check the 50/50 assumption

NUM = ["pre_spend_30d", "pre_spend_90d", "pre_visits_90d", "tenure_days", "email_opens_30d", "discount_pct"]
CAT = ["age_band", "region", "channel_pref"]

for frame in (train, test):
    frame["log_spend_30d"] = np.log1p(frame["pre_spend_30d"])
    frame["log_spend_90d"] = np.log1p(frame["pre_spend_90d"])
NUM_USED = NUM + ["log_spend_30d", "log_spend_90d"]


def make_estimator():
    pre = ColumnTransformer([
        ("num", StandardScaler(), NUM_USED),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=0.3, max_iter=2000))])


X = train[NUM_USED + CAT]
y = train["converted"].to_numpy()
t = train["treatment"].to_numpy()

tscv = TimeSeriesSplit(n_splits=4)
rows = []
for i, (tr_idx, va_idx) in enumerate(tscv.split(X)):
    ct = ClassTransformation(estimator=make_estimator())
    ct.fit(X.iloc[tr_idx], y[tr_idx], t[tr_idx])
    u = ct.predict(X.iloc[va_idx])
    rows.append({
        "fold": i,
        "train_waves": f"{train.wave.iloc[tr_idx].min()}-{train.wave.iloc[tr_idx].max()}",
        "valid_waves": f"{train.wave.iloc[va_idx].min()}-{train.wave.iloc[va_idx].max()}",
        "qini_auc": qini_auc_score(y[va_idx], u, t[va_idx]),
        "uplift_auc": uplift_auc_score(y[va_idx], u, t[va_idx]),
        "uplift@30": uplift_at_k(y[va_idx], u, t[va_idx], strategy="by_group", k=0.3),
    })

cv = pd.DataFrame(rows)
print(cv.round(4))
print(cv[["qini_auc", "uplift_auc", "uplift@30"]].mean().round(4))

# final model on all rows
ct = ClassTransformation(estimator=make_estimator())
ct.fit(X, y, t)
uplift_test = ct.predict(test[NUM_USED + CAT])

# response probability for the submission: a plain response model on the same inputs
resp = make_estimator()
resp.fit(X, y)
pd.DataFrame({"row_id": test["row_id"], "prediction": resp.predict_proba(test[NUM_USED + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
pd.DataFrame({"row_id": test["row_id"], "uplift": uplift_test}).to_csv("uplift_test.csv", index=False)
