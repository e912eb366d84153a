# Support ticket routing: predict the queue a ticket should be assigned to
# from its subject/body text and the channel it came in through.
# Data: tickets.csv  (ticket_id, created_at, channel, subject, body, queue)

import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import classification_report, f1_score, accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.svm import LinearSVC

tickets = pd.read_csv("tickets.csv")
tickets["created_at"] = pd.to_datetime(tickets["created_at"])
tickets = tickets.sort_values("created_at").reset_index(drop=True)

print(tickets.shape)
print(tickets["created_at"].min(), "->", tickets["created_at"].max())
print(tickets["queue"].value_counts())

# weekly volume per queue, just to eyeball drift
weekly = (tickets.set_index("created_at")
          .resample("W")["queue"].value_counts()
          .unstack(fill_value=0))
print(weekly.tail())

tickets["subject"] = tickets["subject"].fillna("")
tickets["body"] = tickets["body"].fillna("")
tickets["text"] = tickets["subject"] + " . " + tickets["body"]
tickets["hour"] = tickets["created_at"].dt.hour
tickets["is_weekend"] = (tickets["created_at"].dt.dayofweek >= 5).astype(int)

# queue names were typed by hand in the old helpdesk, normalise them
tickets["queue"] = tickets["queue"].str.strip().str.lower().str.replace(" ", "_")

features = ["text", "channel", "hour", "is_weekend"]

# the router will be used on tickets that arrive after it is trained,
# so hold out the most recent 20% of the timeline
cutoff = tickets["created_at"].quantile(0.8)
train = tickets[tickets["created_at"] < cutoff]
test = tickets[tickets["created_at"] >= cutoff]
X_train, y_train = train[features], train["queue"]
X_test, y_test = test[features], test["queue"]
print("cutoff:", cutoff, "train:", X_train.shape, "test:", X_test.shape)

preprocess = ColumnTransformer([
    ("text", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=50000,
                             sublinear_tf=True), "text"),
    ("channel", OneHotEncoder(handle_unknown="ignore"), ["channel"]),
    ("time", "passthrough", ["hour", "is_weekend"]),
])

clf = Pipeline([
    ("prep", preprocess),
    ("svm", LinearSVC(C=0.5, class_weight="balanced")),
])
clf.fit(X_train, y_train)
pred = clf.predict(X_test)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
dummy_pred = dummy.predict(X_test)

print("baseline (majority queue) macro-F1:",
      round(f1_score(y_test, dummy_pred, average="macro"), 4),
      "acc:", round(accuracy_score(y_test, dummy_pred), 4))
print("LinearSVC macro-F1:", round(f1_score(y_test, pred, average="macro"), 4),
      "acc:", round(accuracy_score(y_test, pred), 4))
print(classification_report(y_test, pred))

# which words route tickets to each queue
vec = clf.named_steps["prep"].named_transformers_["text"]
terms = np.array(vec.get_feature_names_out())
svm = clf.named_steps["svm"]
n_text = len(terms)
for i, queue in enumerate(svm.classes_):
    top = np.argsort(svm.coef_[i][:n_text])[::-1][:8]
    print(f"{queue:>15}: {', '.join(terms[top])}")
