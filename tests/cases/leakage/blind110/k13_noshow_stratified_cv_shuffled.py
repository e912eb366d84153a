"""Outpatient no-show model for the reminder-call programme.

Operations can make ~400 reminder calls a day across the network. A call costs ~$4
and, from last year's pilot, cuts the no-show probability of a called patient by ~30%.
An empty slot costs the clinic ~$180 in lost contribution.

Approach: gradient boosting vs. logistic regression, compared with repeated stratified
CV on 80% of the data; the remaining 20% gives the final figures.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split, RepeatedStratifiedKFold, cross_validate
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

SLOT_VALUE, CALL_COST, CALL_EFFECT = 180, 4, 0.30

appts = pd.read_csv("appointments.csv", parse_dates=["booking_date", "appointment_date"])
print(appts.shape, "no-show rate", round(appts["no_show"].mean(), 3))
print(appts["appointment_date"].min(), appts["appointment_date"].max())

appts["lead_days"] = (appts["appointment_date"] - appts["booking_date"]).dt.days
appts["weekday"] = appts["appointment_date"].dt.dayofweek
appts["miss_ratio"] = appts["past_missed"] / appts["past_appointments"].clip(lower=1)
print(appts.groupby(pd.cut(appts["lead_days"], [-1, 0, 3, 7, 14, 30, 365]), observed=True)["no_show"].mean())

num = ["age", "lead_days", "distance_km", "slot_hour", "past_appointments", "past_missed", "miss_ratio"]
cat = ["sex", "clinic", "specialty", "insurance_type", "weekday"]
flags = ["sms_reminder", "new_patient"]
X = appts[num + cat + flags]
y = appts["no_show"]

X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

pre = make_column_transformer((StandardScaler(), num), (OneHotEncoder(handle_unknown="ignore"), cat),
                              ("passthrough", flags))
candidates = {
    "prior baseline": DummyClassifier(strategy="prior"),
    "logistic": LogisticRegression(max_iter=2000, C=0.5),
    "hgb": HistGradientBoostingClassifier(max_iter=250, learning_rate=0.06, random_state=0),
}
cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=0)
cv_table = {}
for name, clf in candidates.items():
    r = cross_validate(make_pipeline(pre, clf), X_dev, y_dev, cv=cv,
                       scoring=["roc_auc", "average_precision", "neg_brier_score"], n_jobs=-1)
    cv_table[name] = {k: r[f"test_{k}"].mean() for k in ["roc_auc", "average_precision", "neg_brier_score"]}
print(pd.DataFrame(cv_table).T.round(4))

best = max((n for n in candidates if n != "prior baseline"), key=lambda n: cv_table[n]["average_precision"])
model = make_pipeline(pre, candidates[best]).fit(X_dev, y_dev)
p = model.predict_proba(X_test)[:, 1]
print(f"\n{best}: test AUC {roc_auc_score(y_test, p):.3f}, AP {average_precision_score(y_test, p):.3f}, "
      f"Brier {brier_score_loss(y_test, p):.4f}")

# daily call list: top 400 of ~2,600 daily appointments ≈ top 15%
share = 400 / 2600
called = p >= np.quantile(p, 1 - share)
saved_slots = (p[called] * CALL_EFFECT).sum()
print(f"calls {called.sum()}, expected slots recovered {saved_slots:.0f}, "
      f"net ${saved_slots * SLOT_VALUE - called.sum() * CALL_COST:,.0f}")
print(f"precision in call list {y_test.values[called].mean():.1%} vs overall {y_test.mean():.1%}")

fig, ax = plt.subplots()
pd.DataFrame({"p": p, "y": y_test.values}).groupby(pd.qcut(p, 10))["y"].mean().plot.bar(ax=ax)
ax.set_title("observed no-show rate by score decile (test)")
plt.tight_layout()
plt.savefig("noshow_deciles.png")
