import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

# Churn snapshots -- quick model with history features.
# Validation: customers split by id (80/20), model trained on the first six months
# of the 80% group and evaluated on Jul-Sep of the 20% group.

TARGET = "churned_next_month"

tr = pd.read_csv("train.csv")
te = pd.read_csv("test.csv")
tr["snapshot_month"] = pd.to_datetime(tr["snapshot_month"])
te["snapshot_month"] = pd.to_datetime(te["snapshot_month"])

allrows = pd.concat([tr, te], sort=False, ignore_index=True)
allrows.sort_values(["customer_id", "snapshot_month"], inplace=True)
c = allrows.groupby("customer_id")

allrows["prev_logins"] = c["logins_30d"].shift(1).fillna(-1)
allrows["prev_spend"] = c["monthly_spend"].shift(1).fillna(-1)
allrows["prev_tickets"] = c["support_tickets_30d"].shift(1).fillna(-1)
allrows["login_change"] = np.where(allrows["prev_logins"] >= 0,
                                   allrows["logins_30d"] - allrows["prev_logins"], 0)
allrows["spend_change"] = np.where(allrows["prev_spend"] >= 0,
                                   allrows["monthly_spend"] - allrows["prev_spend"], 0)
allrows["ticket_months_before"] = c["support_tickets_30d"].transform(lambda s: (s.shift(1) > 0).cumsum())
allrows["snap_no"] = c.cumcount() + 1
allrows = pd.get_dummies(allrows, columns=["plan", "region"])
allrows = allrows.fillna({"days_since_last_login": 999})

cols = [x for x in allrows.columns if x not in
        ["snapshot_id", "customer_id", "snapshot_month", TARGET,
         "retention_offer_accepted", "account_closed_date_known"]]

labelled = allrows[allrows[TARGET].notna()]
unlabelled = allrows[allrows[TARGET].isna()]

ids = labelled["customer_id"].unique()
np.random.seed(1)
np.random.shuffle(ids)
val_ids = ids[: len(ids) // 5]
is_val = labelled["customer_id"].isin(val_ids)
before = labelled["snapshot_month"] < "2024-07-01"

X_train = labelled.loc[~is_val & before, cols]
y_train = labelled.loc[~is_val & before, TARGET].astype(int)
X_val = labelled.loc[is_val & ~before, cols]
y_val = labelled.loc[is_val & ~before, TARGET].astype(int)

et = ExtraTreesClassifier(n_estimators=500, min_samples_leaf=5, class_weight="balanced",
                          n_jobs=-1, random_state=0)
et.fit(X_train, y_train)
maj = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print("train accuracy     :", round(et.score(X_train, y_train), 4))
print("val accuracy       :", round(accuracy_score(y_val, et.predict(X_val)), 4))
print("majority baseline  :", round(accuracy_score(y_val, maj.predict(X_val)), 4))

et.fit(labelled[cols], labelled[TARGET].astype(int))
out = pd.DataFrame({"snapshot_id": unlabelled["snapshot_id"],
                    "prediction": et.predict_proba(unlabelled[cols])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.shape)
