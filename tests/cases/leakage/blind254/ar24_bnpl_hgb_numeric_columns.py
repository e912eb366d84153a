# quick first pass at the BNPL missed-payment task
# plan: numeric + one-hot columns, HistGradientBoosting handles NaNs natively, compare to a dummy

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

data = pd.read_csv("train.csv")
print(data.dtypes)
print(data.missed.value_counts())

# a couple of ratios
data["inst_share"] = data["instalment_amount"] / data["order_value"]
data["miss_ratio"] = data["prior_missed"] / data["prior_orders"].clip(lower=1)
data["is_new_customer"] = (data["customer_tenure_days"] < 30).astype(int)

# one-hot the two categoricals that matter, the rest of the strings get ignored below
data = pd.get_dummies(data, columns=["merchant_category", "card_type"], dtype=int)

# drop the row id and the three collections fields (fee / days late / reminders only exist once
# the instalment is already overdue)
X = data.select_dtypes("number").drop(columns=["missed", "instalment_id", "late_fee_charged",
                                                "days_late", "reminder_sms_count"])
y = data["missed"]
print("using", X.shape[1], "columns:", list(X.columns))

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=3, stratify=y)

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, max_leaf_nodes=31, random_state=3)
hgb.fit(X_train, y_train)
prob = hgb.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
prob_d = dummy.predict_proba(X_val)[:, 1]

for nm, pr in [("dummy", prob_d), ("hgb", prob)]:
    print(nm, "roc", round(roc_auc_score(y_val, pr), 4), "pr", round(average_precision_score(y_val, pr), 4),
          "f1@0.5", round(f1_score(y_val, (pr > 0.5).astype(int)), 4))
