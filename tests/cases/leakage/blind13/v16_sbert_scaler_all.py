"""Route support tickets to a queue using sentence embeddings + logistic regression."""
import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder, StandardScaler

tickets = pd.read_csv("tickets_export.csv")
tickets = tickets.dropna(subset=["subject", "body", "queue"])
tickets["text"] = tickets["subject"].str.strip() + ". " + tickets["body"].str.slice(0, 1500)
print(tickets["queue"].value_counts())

# merge tiny queues into "other"
counts = tickets["queue"].value_counts()
tickets.loc[tickets["queue"].isin(counts[counts < 50].index), "queue"] = "other"

le = LabelEncoder()
y = le.fit_transform(tickets["queue"])

encoder = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")
emb = encoder.encode(tickets["text"].tolist(), batch_size=64, show_progress_bar=True,
                     normalize_embeddings=False)
np.save("ticket_emb.npy", emb)

# LR converges much faster on standardised inputs
emb = StandardScaler().fit_transform(emb)

X_tr, X_te, y_tr, y_te = train_test_split(emb, y, test_size=0.2, stratify=y, random_state=5)

clf = LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced")
clf.fit(X_tr, y_tr)
pred = clf.predict(X_te)

print("macro F1:", round(f1_score(y_te, pred, average="macro"), 4))
print(classification_report(y_te, pred, target_names=le.classes_))

# which queues get mixed up most?
cm = pd.crosstab(pd.Series(le.inverse_transform(y_te), name="true"),
                 pd.Series(le.inverse_transform(pred), name="pred"))
off = cm.where(~np.eye(len(cm), dtype=bool)).stack().sort_values(ascending=False)
print(off.head(10))

# save for the error-analysis notebook
pd.DataFrame({"true": le.inverse_transform(y_te), "pred": le.inverse_transform(pred)}).to_csv(
    "ticket_test_predictions.csv", index=False)
