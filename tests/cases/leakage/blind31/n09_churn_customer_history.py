import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

LABEL = "churned_next_month"
KEY = "customer_id"
T = "snapshot_month"
OUTCOME_COLS = ["retention_offer_accepted", "account_closed_date_known"]


def customer_history_features(df):
    """Behavioural features per customer.

    Usage trends matter more than the raw level: a customer logging in 3 times a month is
    fine if they always did, worrying if they used to log in 30 times.
    """
    df = df.sort_values([KEY, T]).copy()
    g = df.groupby(KEY)

    # typical behaviour of this customer
    df["logins_cust_mean"] = g["logins_30d"].transform("mean")
    df["tickets_cust_max"] = g["support_tickets"].transform("max")
    df["charges_cust_std"] = g["monthly_charges"].transform("std").fillna(0)
    df["logins_vs_typical"] = df["logins_30d"] / (df["logins_cust_mean"] + 1)

    # month-over-month change (past only)
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["logins_delta"] = df["logins_30d"] - df["logins_prev"]
    df["months_observed"] = g.cumcount() + 1

    # contract_end_date is missing on some snapshots; carry the next known value back
    df["contract_end_date"] = pd.to_datetime(df["contract_end_date"])
    df["contract_end_date"] = g["contract_end_date"].bfill()
    df["days_to_contract_end"] = (df["contract_end_date"] - df[T]).dt.days
    return df


raw = pd.read_csv("train.csv", parse_dates=[T]).drop(columns=OUTCOME_COLS)
df = customer_history_features(raw)

features = [
    "tenure_months", "monthly_charges", "total_charges", "support_tickets", "logins_30d",
    "logins_cust_mean", "tickets_cust_max", "charges_cust_std", "logins_vs_typical",
    "logins_prev", "logins_delta", "months_observed", "days_to_contract_end",
]

# out-of-time evaluation on customers first seen after the cut
cut = pd.Timestamp("2024-09-01")
train = df[df[T] < cut]
test = df[df[T] >= cut]
test = test[~test[KEY].isin(train[KEY])]

clf = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, random_state=0)
clf.fit(train[features], train[LABEL])
prior = DummyClassifier(strategy="prior").fit(train[features], train[LABEL])

p = clf.predict_proba(test[features])[:, 1]
p0 = prior.predict_proba(test[features])[:, 1]
print(f"prior     : AUC {roc_auc_score(test[LABEL], p0):.3f}  AP {average_precision_score(test[LABEL], p0):.3f}")
print(f"HGB       : AUC {roc_auc_score(test[LABEL], p):.3f}  AP {average_precision_score(test[LABEL], p):.3f}")

# decile table for the memo
dec = pd.qcut(pd.Series(p).rank(method="first"), 10, labels=False)
print(pd.DataFrame({"decile": dec, "y": test[LABEL].to_numpy()}).groupby("decile")["y"].mean()[::-1])

# submission: history features need the labelled months too, so concatenate
sub_raw = pd.read_csv("test.csv", parse_dates=[T]).drop(columns=OUTCOME_COLS, errors="ignore")
both = customer_history_features(pd.concat([raw.assign(_is_sub=0), sub_raw.assign(_is_sub=1)]))
sub = both[both["_is_sub"] == 1]
clf.fit(df[features], df[LABEL])
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": clf.predict_proba(sub[features])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print(np.round(clf.predict_proba(sub[features])[:5, 1], 3))
