import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier
from sklearn.metrics import classification_report, roc_auc_score

bank = pd.read_csv("bank.csv")
bank = pd.get_dummies(bank, drop_first=True)
X, y = bank.drop("y_yes", axis=1), bank["y_yes"]

sm = SMOTE(random_state=2)
X_sm, y_sm = sm.fit_resample(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_sm, y_sm, test_size=0.3, random_state=2)
model = XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.1).fit(X_train, y_train)
print(classification_report(y_test, model.predict(X_test)))
print("AUC", roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
