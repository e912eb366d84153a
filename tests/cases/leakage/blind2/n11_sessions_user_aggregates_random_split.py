import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

sessions = pd.read_csv("sessions.csv")
user_stats = sessions.groupby("user_id").agg(n_sessions=("session_id", "count"),
                                             avg_pages=("pages", "mean"))
sessions = sessions.merge(user_stats, on="user_id", how="left")
feats = ["pages", "duration", "n_sessions", "avg_pages", "is_mobile"]

X_tr, X_te, y_tr, y_te = train_test_split(sessions[feats], sessions["converted"], test_size=0.25, random_state=9)
rf = RandomForestClassifier(n_estimators=300, n_jobs=-1).fit(X_tr, y_tr)
print("rf", roc_auc_score(y_te, rf.predict_proba(X_te)[:, 1]))
print("dummy", roc_auc_score(y_te, DummyClassifier().fit(X_tr, y_tr).predict_proba(X_te)[:, 1]))
