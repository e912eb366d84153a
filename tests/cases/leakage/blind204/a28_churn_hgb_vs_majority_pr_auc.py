"""
Churn prediction - take-home submission
---------------------------------------
HistGradientBoosting with native categorical support (category dtype +
categorical_features="from_dtype"), an explicit validation block for picking
the learning rate, and an out-of-time test block of new customers.
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CATEGORICAL = ["plan_type", "region", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted",
        "cancellation_reason"]


def load(path):
    data = pd.read_csv(path, parse_dates=["snapshot_month"])
    data[CATEGORICAL] = data[CATEGORICAL].astype("category")
    data["tenure_years"] = data["tenure_months"] / 12
    data["effective_fee"] = data["monthly_fee"] * (1 - data["discount_pct"].fillna(0) / 100)
    data["dormant"] = (data["last_login_days"] > 21).astype(int)
    return data


df = load("train.csv")
print(df.shape)
print(df[TARGET].value_counts())
print(df.groupby(df["snapshot_month"].dt.to_period("Q"))[TARGET].mean())

# train | validation | test, in time order; later blocks only contain new customers
months = sorted(df["snapshot_month"].unique())
val_start, test_start = months[-6], months[-3]
train = df[df["snapshot_month"] < val_start]
val = df[(df["snapshot_month"] >= val_start) & (df["snapshot_month"] < test_start)]
val = val[~val["customer_id"].isin(train["customer_id"])]
test = df[df["snapshot_month"] >= test_start]
test = test[~test["customer_id"].isin(set(train["customer_id"]) | set(val["customer_id"]))]


def xy(frame):
    return frame.drop(columns=DROP + [TARGET]), frame[TARGET]


X_train, y_train = xy(train)
X_val, y_val = xy(val)
X_test, y_test = xy(test)
print(len(X_train), len(X_val), len(X_test))

# learning-rate sweep on the validation block
val_scores = {}
for lr in [0.02, 0.05, 0.1, 0.2]:
    clf = HistGradientBoostingClassifier(
        learning_rate=lr,
        max_iter=400,
        categorical_features="from_dtype",
        random_state=0,
    ).fit(X_train, y_train)
    val_scores[lr] = average_precision_score(y_val, clf.predict_proba(X_val)[:, 1])
    print(f"lr={lr:<5} val PR AUC {val_scores[lr]:.4f}")
best_lr = max(val_scores, key=val_scores.get)
print("best learning rate:", best_lr)

# final model on train + validation, scored once on test
X_fit = pd.concat([X_train, X_val])
y_fit = pd.concat([y_train, y_val])
final = HistGradientBoostingClassifier(
    learning_rate=best_lr, max_iter=400, categorical_features="from_dtype", random_state=0
).fit(X_fit, y_fit)
majority = DummyClassifier(strategy="most_frequent").fit(X_fit, y_fit)

for name, est in [("hgb", final), ("majority", majority)]:
    proba = est.predict_proba(X_test)[:, 1]
    print(
        f"test {name:9s} accuracy {accuracy_score(y_test, est.predict(X_test)):.4f}  "
        f"ROC AUC {roc_auc_score(y_test, proba):.4f}  PR AUC {average_precision_score(y_test, proba):.4f}"
    )

# submission
sub = load("test.csv")
for c in CATEGORICAL:
    sub[c] = pd.Categorical(sub[c], categories=X_fit[c].cat.categories)
pd.DataFrame({
    "snapshot_id": sub["snapshot_id"],
    "prediction": final.predict_proba(sub.drop(columns=DROP, errors="ignore"))[:, 1],
}).to_csv("predictions.csv", index=False)
print("predictions.csv written")
