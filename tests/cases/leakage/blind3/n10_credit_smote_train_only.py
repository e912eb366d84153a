import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score

df = pd.read_csv("UCI_Credit_Card.csv")
target = "default.payment.next.month"
X = df.drop(columns=["ID", target])
y = df[target]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=2)
X_train_res, y_train_res = SMOTE(random_state=2).fit_resample(X_train, y_train)
print(y_train_res.value_counts())

rf = RandomForestClassifier(n_estimators=300, random_state=2).fit(X_train_res, y_train_res)
pred = rf.predict(X_test)
print("F1", f1_score(y_test, pred), "AUC", roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))
