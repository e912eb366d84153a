import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, sub.shape, df.is_fraud.mean())

cat_cols = ["merchant_category", "country", "device_type"]
for c in cat_cols:
    df[c] = df[c].astype("category")
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)

features = ["amount", "hour", "card_present"] + cat_cols
X, y = df[features], df["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

clf = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.03, num_leaves=31,
                         scale_pos_weight=10, random_state=0, verbose=-1)
clf.fit(X_train, y_train, eval_set=[(X_test, y_test)], eval_metric="auc",
        callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iter", clf.best_iteration_)

p = clf.predict_proba(X_test)[:, 1]
print("test AUC", roc_auc_score(y_test, p), "AP", average_precision_score(y_test, p))
print("baseline AP (fraud rate)", y_train.mean())

pd.DataFrame({"transaction_id": sub.transaction_id,
              "prediction": clf.predict_proba(sub[features])[:, 1]}).to_csv("predictions.csv", index=False)
