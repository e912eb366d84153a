import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sessions = pd.read_csv("sessions.csv")
users = sessions.groupby("user_id").agg(
    avg_duration=("duration", "mean"),
    n_sessions=("session_id", "count"),
    converted=("converted", "max"),
).reset_index()
X = users[["avg_duration", "n_sessions"]]
y = users["converted"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
clf = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print(roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
