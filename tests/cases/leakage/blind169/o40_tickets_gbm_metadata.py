# Escalation prediction from ticket metadata (no text) with XGBoost.
import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.model_selection import StratifiedKFold

ID_COL, TARGET = "ticket_id", "escalated"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, round(df[TARGET].mean(), 3))

# engineered metadata
for d in (df, test):
    d["body_len"] = d["body"].fillna("").str.len()
    d["subject_has_urgent"] = d["subject"].fillna("").str.contains(r"urgent|asap|immediately", case=False).astype(int)
    d["subject_all_caps"] = d["subject"].fillna("").str.isupper().astype(int)
    d["n_exclaim"] = d["body"].fillna("").str.count("!")
    d["response_slow"] = (d["first_response_minutes"] > 240).astype(int)

cat_cols = ["channel", "product", "customer_tier"]
enc = pd.get_dummies(pd.concat([df[cat_cols], test[cat_cols]]), dtype=int)
df_cat, test_cat = enc.iloc[: len(df)].reset_index(drop=True), enc.iloc[len(df):].reset_index(drop=True)

num_cols = [c for c in df.select_dtypes(include="number").columns if c not in (ID_COL, TARGET)]
print("numeric features:", num_cols)

X = pd.concat([df[num_cols].reset_index(drop=True), df_cat], axis=1)
X_test = pd.concat([test.reindex(columns=num_cols).reset_index(drop=True), test_cat], axis=1)
y = df[TARGET].values

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
oof = np.zeros(len(X))
oof_dummy = np.zeros(len(X))
for tr, va in skf.split(X, y):
    m = xgb.XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.9,
                          colsample_bytree=0.8, eval_metric="logloss", random_state=0)
    m.fit(X.iloc[tr], y[tr])
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    oof_dummy[va] = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[va])[:, 1]

print("prior baseline: AUC %.4f AP %.4f logloss %.4f" % (roc_auc_score(y, oof_dummy), average_precision_score(y, oof_dummy), log_loss(y, oof_dummy)))
print("xgboost:        AUC %.4f AP %.4f logloss %.4f" % (roc_auc_score(y, oof), average_precision_score(y, oof), log_loss(y, oof)))

final = xgb.XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.9,
                          colsample_bytree=0.8, eval_metric="logloss", random_state=0).fit(X, y)
print(pd.Series(final.feature_importances_, index=X.columns).nlargest(10))
pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
