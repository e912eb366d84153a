import pandas as pd
import lightgbm as lgb
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(df.shape)
print(df.isna().sum())


def make_xy(frame):
    X = frame.drop(columns=["transaction_id", "is_fraud", "card_id", "timestamp"])
    X["weekday"] = frame["timestamp"].dt.weekday
    for c in ["merchant_category", "country"]:
        X[c] = X[c].astype("category")
    return X, frame["is_fraud"]


X, y = make_xy(df)
# chargeback_flag is only set after a dispute, so it cannot be an input
X_clean = X.drop(columns=["chargeback_flag"])
print(X_clean.columns.tolist())


def holdout(X, y, frac=0.2):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=frac, stratify=y, random_state=8)
    X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=8)
    return X_tr, X_val, X_test, y_tr, y_val, y_test


X_tr, X_val, X_test, y_tr, y_val, y_test = holdout(X, y)
clf = lgb.LGBMClassifier(n_estimators=2000, learning_rate=0.02, num_leaves=31, scale_pos_weight=10, verbose=-1)
clf.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], eval_metric="average_precision",
        callbacks=[lgb.early_stopping(100, verbose=False)])
print("best iteration", clf.best_iteration_)

p = clf.predict_proba(X_test)[:, 1]
print("test AUC", roc_auc_score(y_test, p))
print("test AP ", average_precision_score(y_test, p))
print(pd.Series(clf.feature_importances_, index=X_tr.columns).sort_values(ascending=False).head(8))

Xt = test.drop(columns=["transaction_id", "card_id", "timestamp"], errors="ignore")
Xt["weekday"] = test["timestamp"].dt.weekday
for c in ["merchant_category", "country"]:
    Xt[c] = pd.Categorical(Xt[c], categories=X[c].cat.categories)
Xt = Xt.reindex(columns=X_tr.columns)
pd.DataFrame({"transaction_id": test.transaction_id, "prediction": clf.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
