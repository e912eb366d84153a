"""Renewal-risk model: quarterly refresh for the CS leadership review.

Train on renewals through 2023, evaluate on 2024 renewals (out-of-time), and report
how often the model's renew / churn call is right, overall and per plan tier, so CS
leaders can decide whether to route accounts to the save team from the model call.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import TimeSeriesSplit, GridSearchCV
from sklearn.metrics import accuracy_score

FEATURES = ["seats", "arr_usd", "contract_months", "tenure_months", "logins_per_seat_90d",
            "active_users_ratio", "support_tickets_90d", "nps_last", "feature_adoption_score",
            "discount_pct", "payment_delays_12m", "csm_assigned"]

acc = pd.read_csv("b2b_accounts.csv", parse_dates=["renewal_date"]).sort_values("renewal_date")
acc["nps_last"] = acc["nps_last"].fillna(7)
print(acc.shape)
print(acc.groupby(acc["renewal_date"].dt.year)["churned"].agg(["mean", "size"]))

train = acc[acc["renewal_date"].dt.year <= 2023]
test = acc[acc["renewal_date"].dt.year == 2024]

search = GridSearchCV(
    RandomForestClassifier(n_estimators=500, class_weight="balanced", n_jobs=-1, random_state=0),
    {"min_samples_leaf": [5, 15, 40], "max_features": ["sqrt", 0.5]},
    cv=TimeSeriesSplit(n_splits=4), scoring="accuracy",
)
search.fit(train[FEATURES], train["churned"])
print("chosen:", search.best_params_, "forward-CV accuracy", round(search.best_score_, 4))

model = search.best_estimator_
test = test.assign(pred=model.predict(test[FEATURES]))
print(f"\n2024 renewals: accuracy {accuracy_score(test['churned'], test['pred']):.3f} on {len(test)} accounts")

by_tier = test.groupby("plan_tier").apply(lambda g: pd.Series({
    "accounts": len(g), "accuracy": accuracy_score(g["churned"], g["pred"])}))
print(by_tier.round(3))

by_q = test.groupby(test["renewal_date"].dt.quarter).apply(lambda g: accuracy_score(g["churned"], g["pred"]))
by_q.plot(marker="o", title="accuracy by quarter, 2024")
plt.ylim(0.5, 1.0)
plt.savefig("accuracy_by_quarter.png")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.round(3))
