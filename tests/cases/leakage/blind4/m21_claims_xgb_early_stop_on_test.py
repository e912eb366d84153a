import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

claims = pd.read_csv("health_claims.csv")
y = claims.pop("denied")
X = pd.get_dummies(claims.drop(columns=["claim_id"]), columns=["payer", "provider_type", "place_of_service"])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=11, stratify=y)

model = xgb.XGBClassifier(n_estimators=5000, learning_rate=0.02, max_depth=6, early_stopping_rounds=100,
                          eval_metric="auc")
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration", model.best_iteration)
print("test AUC", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
