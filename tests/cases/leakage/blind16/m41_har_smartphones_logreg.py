# Human Activity Recognition with Smartphones (UCI HAR, Kaggle csv version)
# 561 time/frequency features per 2.56 s window, 30 volunteers, 6 activities
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix

train = pd.read_csv('train.csv')
test = pd.read_csv('test.csv')

# the provided files are small-ish, put them together and make our own split
df = pd.concat([train, test], ignore_index=True)
print(df.shape)
print(df['Activity'].value_counts())

# windows recorded per volunteer and activity
per_subject = df.groupby(['subject', 'Activity']).size().unstack()
per_subject.plot(kind='bar', stacked=True, figsize=(14, 5))
plt.ylabel('number of windows')
plt.show()

print(df.groupby('subject')['tBodyAcc-mean()-X'].mean().describe())

X = df.drop(columns=['subject', 'Activity'])
y = df['Activity']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=1.0))
clf.fit(X_train, y_train)
pred = clf.predict(X_test)

print('accuracy:', accuracy_score(y_test, pred))
print(classification_report(y_test, pred))

labels = sorted(y.unique())
sns.heatmap(confusion_matrix(y_test, pred, labels=labels), annot=True, fmt='d',
            xticklabels=labels, yticklabels=labels, cmap='Blues')
plt.xticks(rotation=45)
plt.tight_layout()
plt.show()
