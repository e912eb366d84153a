import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.metrics import roc_auc_score, average_precision_score
from pyod.models.ecod import ECOD

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

num = df.select_dtypes(include=[np.number]).columns.tolist()
num.remove("fraudulent")
print("numeric features:", num)

print("rows:", len(df), "fraud share:", round(df["fraudulent"].mean(), 4))
print(df[num].isna().sum()[lambda s: s > 0])

X = df[num].fillna(-1)
y = df["fraudulent"].values

model = xgb.XGBClassifier(
    n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8, colsample_bytree=0.8,
    scale_pos_weight=(1 - y.mean()) / y.mean(), eval_metric="aucpr", random_state=0,
)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
oof = cross_val_predict(model, X, y, cv=skf, method="predict_proba")[:, 1]
print(f"XGBoost OOF ROC-AUC {roc_auc_score(y, oof):.3f}  PR-AUC {average_precision_score(y, oof):.4f}")

# unsupervised comparison with the same folds
oof_ecod = np.zeros(len(y))
for tr, va in skf.split(X, y):
    det = ECOD(contamination=0.06).fit(X.iloc[tr][y[tr] == 0].values)
    oof_ecod[va] = det.decision_function(X.iloc[va].values)
print(f"ECOD    OOF ROC-AUC {roc_auc_score(y, oof_ecod):.3f}  PR-AUC {average_precision_score(y, oof_ecod):.4f}")

model.fit(X, y)
imp = pd.Series(model.feature_importances_, index=num).sort_values(ascending=False)
print(imp.head(8))
pd.DataFrame({"claim_id": test["claim_id"],
              "prediction": model.predict_proba(test[num].fillna(-1))[:, 1]}).to_csv("predictions.csv", index=False)
