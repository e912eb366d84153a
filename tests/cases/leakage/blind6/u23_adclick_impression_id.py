# Ad click take-home. Logistic regression, out-of-time split.
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.preprocessing import StandardScaler

DATA = "train.csv"
CATS = ["ad_category", "device", "site_id"]
cols_to_drop = ["clicked", "conversion_value", "user_id", "event_hour"]


def get_data(path=DATA):
    df = pd.read_csv(path, parse_dates=["event_hour"])
    df = df.sort_values("event_hour").reset_index(drop=True)
    return df


def make_xy(df, holdout_frac=0.2):
    """Returns X_train, X_test, y_train, y_test.

    Test = last `holdout_frac` of the hours, users that already appear in
    train are removed from test so we measure cold-start users.
    """
    X = pd.get_dummies(df.drop(columns=cols_to_drop), columns=CATS, dtype=float)
    y = df["clicked"]
    cut = df["event_hour"].quantile(1 - holdout_frac)
    tr_mask = df["event_hour"] < cut
    te_mask = (~tr_mask) & (~df["user_id"].isin(df.loc[tr_mask, "user_id"]))
    return X[tr_mask], X[te_mask], y[tr_mask], y[te_mask]


df = get_data()
print(df.shape)
print(df.head())
print(df["clicked"].mean())

X_train, X_test, y_train, y_test = make_xy(df)
print(X_train.shape, X_test.shape)
print(X_train.columns.tolist()[:20])

# fill + scale (fitted on train only)
fill = X_train.median()
X_train = X_train.fillna(fill)
X_test = X_test.fillna(fill)
sc = StandardScaler().fit(X_train)
X_train_s, X_test_s = sc.transform(X_train), sc.transform(X_test)

clf = LogisticRegression(C=0.1, max_iter=3000)
clf.fit(X_train_s, y_train)

y_pred = clf.predict(X_test_s)
acc = accuracy_score(y_test, y_pred)
print("accuracy:", round(acc, 4))

# baseline = always predict "no click"
base_acc = accuracy_score(y_test, np.zeros_like(y_test))
print("baseline accuracy (all 0):", round(base_acc, 4))
print("lift over baseline:", round(acc - base_acc, 4))

# which coefficients matter
coefs = pd.Series(clf.coef_[0], index=X_train.columns)
print(coefs.abs().sort_values(ascending=False).head(15))

# ---- final model on all rows ----
X_all = pd.get_dummies(df.drop(columns=cols_to_drop), columns=CATS, dtype=float)
fill = X_all.median()
sc = StandardScaler().fit(X_all.fillna(fill))
clf = LogisticRegression(C=0.1, max_iter=3000).fit(sc.transform(X_all.fillna(fill)), df["clicked"])

test = pd.read_csv("test.csv", parse_dates=["event_hour"])
X_sub = pd.get_dummies(test.drop(columns=cols_to_drop, errors="ignore"), columns=CATS, dtype=float)
X_sub = X_sub.reindex(columns=X_all.columns, fill_value=0.0).fillna(fill)
pd.DataFrame({"impression_id": test["impression_id"], "prediction": clf.predict_proba(sc.transform(X_sub))[:, 1]}).to_csv(
    "predictions.csv", index=False
)
